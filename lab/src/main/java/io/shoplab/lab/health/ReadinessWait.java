package io.shoplab.lab.health;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.shoplab.lab.LabException;
import io.shoplab.lab.process.LogTail;
import io.shoplab.lab.process.ProcessRef;

/** Polls a starting component until it is ready, telling the user how long it has been waiting. */
public final class ReadinessWait {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);
    private static final int LOG_TAIL_LINES = 30;

    private final PrintStream out;
    private final Duration timeout;

    public ReadinessWait(PrintStream out, Duration timeout) {
        this.out = out;
        this.timeout = timeout;
    }

    /**
     * Returns once the health target answers {@link Health#UP}.
     *
     * @throws LabException with the log's tail when the process ends or the timeout passes first
     */
    public Duration await(String name, ProcessRef process, String healthTarget, Path logFile) {
        Instant start = Instant.now();
        Instant nextProgress = start.plus(PROGRESS_INTERVAL);
        while (true) {
            Health health = HealthProbe.check(healthTarget);
            Duration waited = Duration.between(start, Instant.now());
            if (health == Health.UP) {
                return waited;
            }
            if (!process.isAlive()) {
                throw failure(name + " (pid " + process.pid() + ") ended before it was ready", logFile);
            }
            if (waited.compareTo(timeout) > 0) {
                throw failure(name + " not ready after " + timeout.toSeconds() + " s (last answer: " + health
                        + "); it is still running, `shoplab down` stops it", logFile);
            }
            if (Instant.now().isAfter(nextProgress)) {
                out.printf("  %s: waiting, %d s (%s)%n", name, waited.toSeconds(), health);
                nextProgress = nextProgress.plus(PROGRESS_INTERVAL);
            }
            pause();
        }
    }

    private static LabException failure(String message, Path logFile) {
        return new LabException(message + "\n--- last lines of " + logFile + " ---\n" + LogTail.of(logFile, LOG_TAIL_LINES));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while waiting");
        }
    }
}
