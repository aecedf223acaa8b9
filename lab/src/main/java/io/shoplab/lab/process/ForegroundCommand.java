package io.shoplab.lab.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.shoplab.lab.LabException;

/** A command the user watches: run in the given directory, its output straight to the lab's terminal. */
public final class ForegroundCommand {

    /** Maven and Gatling end within a few seconds of SIGTERM; what is left then is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private ForegroundCommand() {}

    /** Runs it to its end and returns its exit code; a lab stopped by a signal stops it too. */
    public static int run(Path directory, List<String> command) {
        try {
            return startStoppedWithTheLab(new ProcessBuilder(command)
                            .directory(directory.toFile())
                            .inheritIO())
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while running " + command.get(0));
        }
    }

    /**
     * Starts a child that a lab stopped by a signal (Ctrl-C, SIGTERM) stops too, with what the child started: Maven's
     * forked Gatling would otherwise go on loading the stack until its own {@code maxDuration}, unseen by
     * {@code ./shoplab down}, which stops only the parts it started. The hook is in place before the child starts, so
     * that a signal at once finds it, and goes once the child has ended.
     */
    public static Process startStoppedWithTheLab(ProcessBuilder builder) throws IOException {
        AtomicReference<Process> child = new AtomicReference<>();
        Thread stop = new Thread(() -> Optional.ofNullable(child.get())
                .flatMap(started -> ProcessRef.of(started.pid()))
                .ifPresent(started -> ProcessStopper.stop(started, List.of(), STOP_GRACE)));
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            child.set(builder.start());
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            throw e;
        }
        child.get().onExit().thenRun(() -> {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the lab is stopping already: the hook runs and finds the child gone
            }
        });
        return child.get();
    }
}
