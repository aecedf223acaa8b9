package io.shoplab.lab.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Starts processes that outlive the lab's CLI. */
public final class DetachedLauncher {

    private DetachedLauncher() {
    }

    /**
     * Starts the command in a session of its own ({@code setsid}) with stdin from /dev/null and its
     * output appended to the log file, so that neither the CLI's exit nor a Ctrl-C in the user's
     * shell (sent to the whole foreground process group) reaches it. The CLI is never a process
     * group leader, so {@code setsid} does not fork and the PID returned is the program's own.
     * The spec's snapshots are taken first.
     */
    public static ProcessRef launch(LaunchSpec spec) {
        try {
            for (LaunchSpec.Snapshot snapshot : spec.snapshots()) {
                Files.createDirectories(snapshot.copy().toAbsolutePath().getParent());
                Files.copy(snapshot.source(), snapshot.copy(), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(spec.logFile().toAbsolutePath().getParent());
            Files.writeString(spec.logFile(), "==== " + Instant.now() + " starting: " + String.join(" ", spec.command()) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            List<String> command = new ArrayList<>();
            command.add("setsid");
            command.addAll(spec.command());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(spec.workingDirectory().toFile())
                    .redirectInput(new File("/dev/null"))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()))
                    .redirectErrorStream(true);
            builder.environment().putAll(spec.environment());
            Process process = builder.start();
            return new ProcessRef(process.pid(), process.info().startInstant().orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + spec.command(), e);
        }
    }
}
