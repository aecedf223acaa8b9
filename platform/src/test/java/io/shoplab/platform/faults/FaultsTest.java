package io.shoplab.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import io.shoplab.platform.web.NotFoundException;
import io.shoplab.platform.web.ServiceUnavailableException;
import org.junit.jupiter.api.Test;

/** Faults are set per known component and, applied, delay and fail exactly that component's calls. */
class FaultsTest {

    private final Faults faults = new Faults(Set.of("reviews", "inventory", "database"));

    @Test
    void latencyDelaysEveryCallByAtLeastTheSetTime() {
        faults.set("reviews", new Fault(120, 0));

        long started = System.nanoTime();
        faults.apply("reviews");

        // A lower bound only: sleeping can overshoot on a busy machine, never undershoot.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(120));
    }

    @Test
    void errorRateZeroNeverFails() {
        faults.set("reviews", new Fault(0, 0.0));

        assertThatCode(() -> {
                    for (int i = 0; i < 1_000; i++) {
                        faults.apply("reviews");
                    }
                })
                .doesNotThrowAnyException();
    }

    @Test
    void errorRateOneAlwaysFailsAsTheComponentBeingUnavailable() {
        faults.set("reviews", new Fault(0, 1.0));

        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> faults.apply("reviews"))
                    .isInstanceOf(ServiceUnavailableException.class)
                    .satisfies(failure -> assertThat(((ServiceUnavailableException) failure).component())
                            .isEqualTo("reviews"));
        }
    }

    @Test
    void aFaultTouchesOnlyItsComponent() {
        faults.set("reviews", new Fault(0, 1.0));

        assertThatCode(() -> faults.apply("inventory")).doesNotThrowAnyException();
    }

    @Test
    void unknownComponentIsNotFound() {
        assertThatThrownBy(() -> faults.set("gateway", new Fault(0, 1.0)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("gateway")
                .hasMessageContaining("[database, inventory, reviews]");
        assertThatThrownBy(() -> faults.clear("gateway")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void clearRemovesOneAndClearAllRemovesEvery() {
        faults.set("reviews", new Fault(0, 1.0));
        faults.set("inventory", new Fault(10, 0.5));
        assertThat(faults.inForce()).containsOnlyKeys("inventory", "reviews");

        faults.clear("reviews");
        assertThat(faults.inForce()).containsOnlyKeys("inventory");
        assertThatCode(() -> faults.apply("reviews")).doesNotThrowAnyException();

        faults.clearAll();
        assertThat(faults.inForce()).isEmpty();
    }

    @Test
    void interruptedLatencyFailsAtOnceAndKeepsTheInterrupt() throws Exception {
        faults.set("reviews", new Fault(60_000, 0));
        CountDownLatch sleeping = new CountDownLatch(1);
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            sleeping.countDown();
            try {
                faults.apply("reviews");
            } catch (InjectedFaultException cutOff) {
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        sleeping.await();

        // What a time limiter that gives up does: the slow call must end, not sleep out its minute.
        caller.interrupt();

        await().atMost(Duration.ofSeconds(10)).until(() -> !caller.isAlive());
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    void changesAreSeenByCallsOnOtherThreads() {
        faults.set("inventory", new Fault(0, 1.0));

        CompletableFuture<Void> call = CompletableFuture.runAsync(() -> faults.apply("inventory"));

        assertThat(call).failsWithin(Duration.ofSeconds(10));
    }
}
