package io.shoplab.lab;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where the lab finds the jars it runs and keeps what it creates: the jars under the repository root,
 * the lab's own files (state, logs, jar copies, PostgreSQL data) in its lab directory, by default
 * {@code target/lab/} (ignored by git, kept by {@code mvn clean} of a module). A test that starts a
 * stack of its own passes another lab directory, so it never touches the CLI's state.
 *
 * @param root the repository root, absolute
 * @param labDirectory where the lab keeps what it creates, absolute
 */
public record LabLayout(Path root, Path labDirectory) {

    public LabLayout {
        root = root.toAbsolutePath().normalize();
        labDirectory = labDirectory.toAbsolutePath().normalize();
    }

    public LabLayout(Path root) {
        this(root, root.resolve("target/lab"));
    }

    /**
     * The root the {@code ./shoplab} script passes as {@code -Dshoplab.home}, else the working directory;
     * {@code -Dshoplab.labDirectory} keeps a second lab's state and logs apart (beside a running one).
     */
    public static LabLayout fromEnvironment() {
        Path root = Path.of(System.getProperty("shoplab.home", ""));
        String labDirectory = System.getProperty("shoplab.labDirectory");
        return labDirectory == null ? new LabLayout(root) : new LabLayout(root, Path.of(labDirectory));
    }

    public Path stateFile() {
        return labDirectory().resolve("state.json");
    }

    /** What was done by hand, for {@code watch}: see {@link io.shoplab.lab.stack.LabJournal}. */
    public Path journalFile() {
        return labDirectory().resolve("journal.log");
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

    /** The executable jar of an app module in {@code folder} (such as {@code microservices/catalog-service}). */
    public Path appJar(String folder) {
        return root.resolve(folder).resolve("target").resolve(Path.of(folder).getFileName() + ".jar");
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
