package io.shoplab.lab.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to start a process again exactly as before.
 *
 * @param command the program and its arguments
 * @param environment variables set on top of the lab's own environment
 * @param workingDirectory where the process runs
 * @param logFile where its standard output and error are appended
 * @param snapshots files copied just before each start, for the command to use instead of the originals
 */
public record LaunchSpec(
        List<String> command,
        Map<String, String> environment,
        Path workingDirectory,
        Path logFile,
        List<Snapshot> snapshots) {

    public LaunchSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        snapshots = List.copyOf(snapshots);
    }

    /**
     * A file the process reads while it runs, copied so that rebuilding the original cannot change
     * it underneath: a Spring Boot app whose jar was rebuilt while it ran failed every request
     * with {@code NoClassDefFoundError}.
     */
    public record Snapshot(Path source, Path copy) {}
}
