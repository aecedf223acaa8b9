package io.shoplab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PollingTest {

    private static final Duration INTERVAL = Duration.ofMillis(10);

    @Test
    void asksUntilTheAnswerComes() {
        AtomicInteger asked = new AtomicInteger();

        Optional<String> answer = Polling.firstAnswer(
                () -> asked.incrementAndGet() == 3 ? Optional.of("third") : Optional.empty(),
                INTERVAL,
                Instant.now().plusSeconds(10));

        assertThat(answer).contains("third");
        assertThat(asked).hasValue(3);
    }

    @Test
    void asksOnceEvenPastTheDeadlineAndSaysItWasNotSo() {
        AtomicInteger asked = new AtomicInteger();

        boolean done = Polling.until(
                () -> asked.incrementAndGet() < 0, INTERVAL, Instant.now().minusSeconds(1));

        assertThat(done).isFalse();
        assertThat(asked).hasValue(1);
    }

    @Test
    void anAnswerGivenAfterTheDeadlineStillCounts() {
        Instant deadline = Instant.now().plusMillis(10);

        boolean done = Polling.until(
                () -> {
                    while (Instant.now().isBefore(deadline.plusMillis(50))) {
                        Thread.onSpinWait();
                    }
                    return true;
                },
                INTERVAL,
                deadline);

        assertThat(done).isTrue();
    }

    @Test
    void whatTheQuestionThrowsEndsTheWait() {
        AtomicInteger asked = new AtomicInteger();

        assertThatThrownBy(() -> Polling.until(
                        () -> {
                            if (asked.incrementAndGet() == 2) {
                                throw new LabException("the process ended");
                            }
                            return false;
                        },
                        INTERVAL,
                        Instant.now().plusSeconds(10)))
                .isInstanceOf(LabException.class)
                .hasMessage("the process ended");
        assertThat(asked).hasValue(2);
    }

    @Test
    void anInterruptEndsTheWaitAtOnce() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() ->
                            Polling.until(() -> false, INTERVAL, Instant.now().plusSeconds(30)))
                    .isInstanceOf(LabException.class)
                    .hasMessageContaining("interrupted");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anInterruptEndsAPauseAtOnceAndStaysSet() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Polling.pause(Duration.ofSeconds(30)))
                    .isInstanceOf(LabException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aPauseUntilAMomentPastDoesNotSleep() {
        // Interrupted, a sleep would throw: returning shows that none was begun.
        Thread.currentThread().interrupt();
        try {
            Polling.pauseUntil(Instant.now().minusSeconds(1));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
