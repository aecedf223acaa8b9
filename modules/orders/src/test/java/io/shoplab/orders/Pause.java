package io.shoplab.orders;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A point where a test holds a thread of the code under test: it says it arrived, then waits to be let go. */
final class Pause {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch letGo = new CountDownLatch(1);

    /** Called by the code under test (through a fake). */
    void here() {
        arrived.countDown();
        await(letGo, "the test never let the paused thread go");
    }

    /** Called by the test: returns once a thread waits here. */
    void awaitArrival() {
        await(arrived, "no thread came to the pause");
    }

    void letGo() {
        letGo.countDown();
    }

    private static void await(CountDownLatch latch, String timedOut) {
        try {
            if (!latch.await(BOUND.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException(timedOut);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
