package io.shoplab.lab;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The lab's one way to wait for something to come true: Awaitility, asking at once and then every interval
 * on the caller's thread, so that a question may print progress and what it throws ends the wait. And its one
 * way to pause for a set time, where nothing is to come true (a pace kept, a back-off).
 */
public final class Polling {

    private Polling() {}

    /**
     * Asks until an answer comes; empty when none came by the deadline. It is asked at least once, even
     * past the deadline.
     *
     * @throws LabException when the thread is interrupted meanwhile (Awaitility would wait on)
     */
    public static <T> Optional<T> firstAnswer(Supplier<Optional<T>> question, Duration interval, Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        try {
            return Awaitility.await()
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(interval)
                    // Awaitility takes no timeout of zero: a millisecond still asks once.
                    .atMost(left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left)
                    .until(
                            () -> {
                                if (Thread.currentThread().isInterrupted()) {
                                    throw new LabException("interrupted while waiting");
                                }
                                return question.get();
                            },
                            Optional::isPresent);
        } catch (ConditionTimeoutException late) {
            return Optional.empty();
        }
    }

    /** Asks until it answers true; false when it had not by the deadline (it is asked at least once). */
    public static boolean until(BooleanSupplier done, Duration interval, Instant deadline) {
        return firstAnswer(() -> done.getAsBoolean() ? Optional.of(true) : Optional.empty(), interval, deadline)
                .isPresent();
    }

    /**
     * Pauses the caller for {@code length}.
     *
     * @throws LabException when the thread is interrupted meanwhile
     */
    public static void pause(Duration length) {
        pauseUntil(Instant.now().plus(length));
    }

    /**
     * Pauses the caller until {@code moment}; returns at once when it has passed.
     *
     * @throws LabException when the thread is interrupted meanwhile
     */
    public static void pauseUntil(Instant moment) {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted");
        }
    }
}
