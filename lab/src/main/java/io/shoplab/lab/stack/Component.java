package io.shoplab.lab.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.shoplab.lab.process.LaunchSpec;

/**
 * One process of a stack, described well enough to start it, check it and start it again later
 * from the state file alone.
 *
 * @param name unique within the lab ({@code postgres}, {@code monolith}, {@code catalog-service-2})
 * @param aliases other names the user may type ({@code database})
 * @param port the port it listens on, on 127.0.0.1
 * @param launch how to start it
 * @param healthTarget where to ask whether it is ready, see {@link io.shoplab.lab.health.HealthProbe}
 * @param spawnedPidFile a PID file naming a process it spawns that must live and die with it
 *                       (PostgreSQL's postmaster, which outlives its wrapper); {@code null} if none
 * @param dependsOn names of the components that must be ready before it starts
 * @param app the Spring Boot app it runs; {@code null} for PostgreSQL
 * @param aotCache the JVM's ahead-of-time cache its start uses, made before it if missing; {@code null} if none
 */
public record Component(String name, List<String> aliases, int port, LaunchSpec launch, String healthTarget,
                        Path spawnedPidFile, List<String> dependsOn, SpringBootApp app,
                        AotCache aotCache) implements StackPart.Definition {

    public Component {
        aliases = List.copyOf(aliases);
        dependsOn = List.copyOf(dependsOn);
    }

    public boolean answersTo(String nameOrAlias) {
        return name.equals(nameOrAlias) || aliases.contains(nameOrAlias);
    }

    public Path logFile() {
        return launch.logFile();
    }

    public Optional<SpringBootApp> springBootApp() {
        return Optional.ofNullable(app);
    }

    /** True for the stack's app of that service and every instance {@code scale} added. */
    public boolean runs(String service) {
        return app != null && app.service().equals(service);
    }
}
