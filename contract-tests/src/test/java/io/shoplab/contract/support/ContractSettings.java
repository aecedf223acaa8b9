package io.shoplab.contract.support;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The suite's knobs, all system properties.
 *
 * @param baseUrl       {@code shop.baseUrl}: a running shop to test; when empty the suite starts a stack itself
 * @param stack         {@code shop.stack}: the stack to start, {@code monolith} (default) or {@code microservices}
 * @param repoRoot      {@code shop.repoRoot}: where the app jars are ({@code <module>/target/<module>.jar})
 * @param workDirectory {@code shop.workDir}: the started stack's logs, state and database, default {@code target/<stack>-stack}
 */
record ContractSettings(Optional<URI> baseUrl, String stack, Path repoRoot, Path workDirectory) {

    static ContractSettings fromSystemProperties() {
        Optional<URI> baseUrl = Optional.ofNullable(System.getProperty("shop.baseUrl"))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(ContractSettings::withoutTrailingSlash)
                .map(URI::create);
        String stack = System.getProperty("shop.stack", "monolith").strip();
        // Surefire passes the repository root; from an IDE the working directory is usually the module.
        Path repoRoot = Path.of(System.getProperty("shop.repoRoot", ".."))
                .toAbsolutePath()
                .normalize();
        Path workDirectory = Path.of(System.getProperty("shop.workDir", "target/" + stack + "-stack"))
                .toAbsolutePath();
        return new ContractSettings(baseUrl, stack, repoRoot, workDirectory);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
