package io.shoplab.lab.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** The latest answer to a question asked in the background, never more than once at a time. */
final class LatestAnswer<T> {

    private final AtomicBoolean asking = new AtomicBoolean();
    private volatile Answered<T> latest;

    /** Asks in the background unless an asking is under way; a failing question leaves the last answer. */
    void askIfIdle(Executor executor, Supplier<T> question) {
        if (asking.compareAndSet(false, true)) {
            CompletableFuture.runAsync(
                    () -> {
                        try {
                            latest = new Answered<>(question.get(), Instant.now());
                        } finally {
                            asking.set(false);
                        }
                    },
                    executor);
        }
    }

    /** The latest answer if it came no longer than {@code maxAge} before {@code now}. */
    Optional<T> fresh(Instant now, Duration maxAge) {
        Answered<T> answered = latest;
        return answered != null && Duration.between(answered.at(), now).compareTo(maxAge) <= 0
                ? Optional.of(answered.value())
                : Optional.empty();
    }

    private record Answered<T>(T value, Instant at) {}
}
