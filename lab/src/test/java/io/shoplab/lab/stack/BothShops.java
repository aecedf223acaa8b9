package io.shoplab.lab.stack;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.shoplab.lab.Directories;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Both shops on free ports, started once for all the lab's end-to-end tests that take a {@link LabStack}
 * parameter ({@code @ExtendWith(BothShops.class)}): starting the microservices costs one to three minutes of
 * this machine, so the tests share one start. Each test leaves the stacks as it found them (what it kills, it
 * starts again). JUnit closes the stacks when the test run ends, as it closes every {@link AutoCloseable}
 * kept in the root context's store. The faults profile is on, for the experiments that inject faults.
 */
public final class BothShops implements ParameterResolver {

    private static final Path ROOT =
            Path.of(System.getProperty("shoplab.home", "..")).toAbsolutePath().normalize();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LabStack.class;
    }

    @Override
    public LabStack resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // `./mvnw verify` packages every app before the lab's tests; a lab-only build has no jars to start.
        assumeTrue(
                Files.exists(ROOT.resolve("gateway/target/gateway.jar"))
                        && Files.exists(ROOT.resolve("monolith-api/target/monolith-api.jar")),
                "the app jars are not built: run ./mvnw -B verify from the root");
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.create(BothShops.class))
                .computeIfAbsent(Started.class, key -> Started.start(), Started.class)
                .stacks();
    }

    private record Started(LabStack stacks, Path work) implements AutoCloseable {

        static Started start() {
            try {
                Path work = Files.createTempDirectory("shoplab-both-shops");
                return new Started(
                        LabStack.start(new LabStack.Settings(
                                ROOT, Stacks.ALL, work.resolve("lab"), true, Duration.ofMinutes(6), System.out)),
                        work);
            } catch (IOException noTempDirectory) {
                throw new UncheckedIOException(noTempDirectory);
            }
        }

        @Override
        public void close() {
            stacks.close();
            Directories.deleteRecursively(work);
        }
    }
}
