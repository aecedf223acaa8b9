package io.shoplab.lab;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where the lab finds the jars it runs and keeps what it creates: all under the repository root,
 * the lab's own files under {@code target/lab/} (ignored by git, kept by {@code mvn clean} of a module).
 *
 * @param root the repository root, absolute
 */
public record LabLayout(Path root) {

    public LabLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** The root the {@code ./shoplab} script passes as {@code -Dshoplab.home}, else the working directory. */
    public static LabLayout fromEnvironment() {
        return new LabLayout(Path.of(System.getProperty("shoplab.home", "")));
    }

    public Path labDirectory() {
        return root.resolve("target/lab");
    }

    public Path stateFile() {
        return labDirectory().resolve("state.json");
    }

    public Path logFile(String componentName) {
        return labDirectory().resolve("logs").resolve(componentName + ".log");
    }

    /** The copies of the jars the running apps use. */
    public Path runDirectory() {
        return labDirectory().resolve("run");
    }

    public Path postgresData() {
        return labDirectory().resolve("postgres-data");
    }

    public Path monolithJar() {
        return root.resolve("monolith-api/target/monolith-api.jar");
    }

    public Path loadTests() {
        return root.resolve("load-tests");
    }

    /** The JVM running the lab also runs what the lab starts. */
    public String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The lab's own class path, absolute, for the helper mains it starts (the PostgreSQL server). */
    public String labClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
