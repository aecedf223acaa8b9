package io.shoplab.contract.support;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The suite's knobs, all system properties.
 *
 * @param baseUrl      {@code shop.baseUrl}: a running shop to test; when empty the suite starts the monolith jar
 * @param monolithJar  {@code shop.monolithJar}, default {@code <shop.repoRoot>/monolith-api/target/monolith-api.jar}
 * @param monolithLog  {@code shop.monolithLog}: where the started monolith writes its output
 */
record ContractSettings(Optional<URI> baseUrl, Path monolithJar, Path monolithLog) {

    static ContractSettings fromSystemProperties() {
        Optional<URI> baseUrl = Optional.ofNullable(System.getProperty("shop.baseUrl"))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(ContractSettings::withoutTrailingSlash)
                .map(URI::create);
        // Surefire passes the repository root; from an IDE the working directory is usually the module.
        Path repoRoot = Path.of(System.getProperty("shop.repoRoot", "..")).toAbsolutePath().normalize();
        Path monolithJar = Path.of(System.getProperty("shop.monolithJar",
                repoRoot.resolve("monolith-api/target/monolith-api.jar").toString()));
        Path monolithLog = Path.of(System.getProperty("shop.monolithLog", "target/monolith.log"));
        return new ContractSettings(baseUrl, monolithJar.toAbsolutePath(), monolithLog.toAbsolutePath());
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
