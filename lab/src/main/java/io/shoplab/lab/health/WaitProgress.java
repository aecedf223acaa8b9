package io.shoplab.lab.health;

import java.time.Duration;
import java.time.Instant;

/** The clock of a wait that tells the user, every five seconds, what it is still waiting for. */
public final class WaitProgress {

    private static final Duration INTERVAL = Duration.ofSeconds(5);

    private final Instant start = Instant.now();
    private Instant next = start.plus(INTERVAL);

    /** True once each time another interval has passed: time for a progress line. */
    public boolean due() {
        if (Instant.now().isBefore(next)) {
            return false;
        }
        next = next.plus(INTERVAL);
        return true;
    }

    public Duration elapsed() {
        return Duration.between(start, Instant.now());
    }

    public long seconds() {
        return elapsed().toSeconds();
    }
}
