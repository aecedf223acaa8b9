package io.shoplab.lab.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.shoplab.lab.LabException;

/**
 * A command the user watches: run in the given directory, its output straight to the lab's terminal; and any child of
 * the lab's that must not outlive it (a load generator).
 */
public final class ForegroundCommand {

    /** Maven and Gatling end within a few seconds of SIGTERM; what is left then is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    /** How long a signalled lab waits for a child it is starting to be started. */
    private static final Duration START_PATIENCE = Duration.ofSeconds(5);

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

    /** Runs the repository's Maven wrapper in {@code root}, in batch mode and quiet, to its end; returns its exit code. */
    public static int maven(Path root, String... arguments) {
        List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "-q"));
        command.addAll(List.of(arguments));
        return run(root, command);
    }

    /**
     * Starts a child that a lab stopped by a signal (Ctrl-C, SIGTERM) stops too, with what the child started: Maven's
     * forked Gatling would otherwise go on loading the stack until its own {@code maxDuration}, unseen by
     * {@code ./shoplab down}, which stops only the parts it started. The hook is in place before the child starts and
     * waits for {@link ProcessBuilder#start} to return, since a child can run before it does (seen: a shell signalled
     * at once outlived the lab in 3 of 6 tries); it goes once the child has ended.
     */
    public static Process startStoppedWithTheLab(ProcessBuilder builder) throws IOException {
        CompletableFuture<Process> child = new CompletableFuture<>();
        Thread stop = new Thread(() -> {
            Process started = child.completeOnTimeout(null, START_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)
                    .join();
            if (started != null) {
                ProcessRef.of(started.pid()).ifPresent(ref -> ProcessStopper.stop(ref, List.of(), STOP_GRACE));
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            child.complete(builder.start());
        } catch (IOException e) {
            child.complete(null);
            Runtime.getRuntime().removeShutdownHook(stop);
            throw e;
        }
        child.join().onExit().thenRun(() -> {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the lab is stopping already: the hook runs and finds the child gone
            }
        });
        return child.join();
    }
}
