package io.shoplab.lab.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Starts processes that outlive the lab's CLI. */
public final class DetachedLauncher {

    /**
     * The {@code setsid} program, where the machine has one (Linux: util-linux). Without it (macOS) an app stays in the
     * process group of the CLI command that started it, which the terminal signals as a whole: a Ctrl-C typed while
     * that command still runs ({@code up}, {@code start}, {@code scale}) stops the apps it started too (tried: the
     * SIGINT a Ctrl-C sends to the CLI's group ended the app only without setsid). Once the command has returned, its
     * group is no longer the terminal's foreground, and nothing typed later reaches them.
     */
    private static final Optional<Path> SETSID = onPath("setsid");

    private DetachedLauncher() {}

    /**
     * Starts the command with stdin from /dev/null and its output appended to the log file, in a session of its own
     * where {@code setsid} exists, so that neither the CLI's exit nor a Ctrl-C in the user's shell (sent to the whole
     * foreground process group) reaches it. A child of the CLI never leads a process group, so {@code setsid} does not
     * fork but execs the program: the PID returned is the program's own. The spec's snapshots are taken first.
     */
    public static ProcessRef launch(LaunchSpec spec) {
        try {
            for (LaunchSpec.Snapshot snapshot : spec.snapshots()) {
                Files.createDirectories(snapshot.copy().toAbsolutePath().getParent());
                Files.copy(snapshot.source(), snapshot.copy(), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(spec.logFile().toAbsolutePath().getParent());
            Files.writeString(
                    spec.logFile(),
                    "==== " + Instant.now() + " starting: " + String.join(" ", spec.command()) + "\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            List<String> command = Stream.concat(SETSID.map(Path::toString).stream(), spec.command().stream())
                    .toList();
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(spec.workingDirectory().toFile())
                    .redirectInput(new File("/dev/null"))
                    .redirectOutput(
                            ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()))
                    .redirectErrorStream(true);
            builder.environment().putAll(spec.environment());
            Process process = builder.start();
            return new ProcessRef(process.pid(), process.info().startInstant().orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + spec.command(), e);
        }
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
