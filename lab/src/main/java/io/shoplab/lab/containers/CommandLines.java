package io.shoplab.lab.containers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.shoplab.lab.LabException;

/**
 * Runs the engine's command-line clients ({@code docker}, {@code docker compose} or {@code docker-compose})
 * in the repository root with the project's variables over the lab's environment, either quietly
 * (capturing what they print) or showing their progress to the user line by line.
 */
class CommandLines {

    private static final int TAIL_LINES = 25;

    private final Path directory;
    private final Map<String, String> environment;

    CommandLines(Path directory, Map<String, String> environment) {
        this.directory = directory;
        this.environment = Map.copyOf(environment);
    }

    Path directory() {
        return directory;
    }

    /** What a command printed (standard output and error together) and its exit code. */
    record Result(int exitCode, String output) {

        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Runs it to its end, capturing its output. */
    Result capture(List<String> command) {
        Process process = start(command);
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output of " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while running " + String.join(" ", command));
        }
    }

    /** Runs it, expecting success; returns its output. */
    String output(List<String> command) {
        Result result = capture(command);
        if (!result.succeeded()) {
            throw new LabException(
                    String.join(" ", command) + " failed (exit " + result.exitCode() + "):\n" + tail(result.output()));
        }
        return result.output();
    }

    /**
     * Runs it, printing each line it prints indented under the lab's own lines; fails with its last lines,
     * or when it is still running at the deadline (then it is ended).
     */
    void show(List<String> command, PrintStream out, Instant deadline) {
        Process process = start(command);
        AtomicBoolean timedOut = new AtomicBoolean();
        // Ended at the deadline even while it prints nothing, since reading its output blocks until it ends
        process.onExit()
                .orTimeout(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS)
                .exceptionally(late -> {
                    timedOut.set(true);
                    process.destroy();
                    return process;
                });
        Deque<String> last = new ArrayDeque<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.println("  | " + line);
                last.addLast(line);
                if (last.size() > TAIL_LINES) {
                    last.removeFirst();
                }
            }
            int exitCode = process.waitFor();
            if (timedOut.get()) {
                throw notInTime(command);
            }
            if (exitCode != 0) {
                throw new LabException(
                        String.join(" ", command) + " failed (exit " + exitCode + "):\n" + String.join("\n", last));
            }
        } catch (IOException e) {
            // Ending the command at the deadline closes the output being read.
            if (timedOut.get()) {
                throw notInTime(command);
            }
            throw new UncheckedIOException("cannot read the output of " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while running " + String.join(" ", command));
        }
    }

    private static LabException notInTime(List<String> command) {
        return new LabException(
                String.join(" ", command) + " did not finish in time (what it started runs on: `shoplab status`,"
                        + " `shoplab down`). Without systemd, podman runs no healthchecks by itself and Compose waits for ever"
                        + " on `condition: service_healthy`: `.ci/containers start` runs them.");
    }

    private Process start(List<String> command) {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new LabException("cannot run " + command.get(0) + " (" + e.getMessage()
                    + "): is the container engine's client installed?");
        }
    }

    private static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }
}
