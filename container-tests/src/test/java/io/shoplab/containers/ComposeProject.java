package io.shoplab.containers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The repository's docker-compose.yml as one Compose project, driven through the Compose command line
 * that users have: {@code docker-compose} (1.29) if installed, else the {@code docker compose} plugin.
 * Every command's output is appended to one log file.
 */
final class ComposeProject {

    private final List<String> compose;
    private final Path repoRoot;
    private final String name;
    private final Map<String, String> environment;
    private final Path log;

    private ComposeProject(List<String> compose, Path repoRoot, String name, Map<String, String> environment, Path log) {
        this.compose = compose;
        this.repoRoot = repoRoot;
        this.name = name;
        this.environment = environment;
        this.log = log;
    }

    /**
     * @param environment variables for Compose's interpolation (ports, images), on top of this JVM's own
     * @param log         where every command's output goes
     */
    static ComposeProject of(List<String> compose, Path repoRoot, String name, Map<String, String> environment, Path log) {
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ComposeProject(compose, repoRoot, name, environment, log);
    }

    /** The Compose command line found on the PATH, or empty. */
    static Optional<List<String>> findCommand() {
        for (List<String> candidate : List.of(List.of("docker-compose"), List.of("docker", "compose"))) {
            List<String> version = new ArrayList<>(candidate);
            version.add("version");
            try {
                Process process = new ProcessBuilder(version).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return Optional.of(candidate);
                }
                process.destroyForcibly();
            } catch (IOException e) {
                // not installed: try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** Runs {@code compose -p name -f docker-compose.yml args...}; fails with the log's tail unless it exits 0 in time. */
    void run(Duration timeout, String... args) {
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of("-p", name, "-f", repoRoot.resolve("docker-compose.yml").toString()));
        command.addAll(Arrays.asList(args));
        try {
            Files.writeString(log, "\n$ " + String.join(" ", command) + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).directory(repoRoot.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                throw new IllegalStateException(describe(args) + " took longer than " + timeout.toSeconds() + " s\n" + logTail(40));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(describe(args) + " exited with " + process.exitValue() + "\n" + logTail(40));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(describe(args) + " interrupted", e);
        }
    }

    /** The last lines of the log, for failure messages. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private String describe(String... args) {
        return String.join(" ", compose) + " " + String.join(" ", args) + " (log: " + log + ")";
    }
}
