package io.shoplab.lab.experiment;

import java.time.Duration;

/**
 * The three phases of every trial: steady load {@code before} the fault, the fault {@code during},
 * and recovery {@code after} it is healed. The load runs through all three.
 */
public record Phases(Duration before, Duration during, Duration after) {

    /** The demo's short default: long enough to see each phase, short enough for ten experiments in 15 minutes. */
    public static final Phases SHORT = new Phases(Duration.ofSeconds(5), Duration.ofSeconds(9), Duration.ofSeconds(9));

    public Phases {
        if (before.isNegative()
                || during.isNegative()
                || after.isNegative()
                || before.plus(during).plus(after).isZero()) {
            throw new IllegalArgumentException("phases must be positive");
        }
    }

    /** Every phase as long as {@code phase}, for serious runs ({@code --duration 60s}). */
    public static Phases each(Duration phase) {
        return new Phases(phase, phase, phase);
    }

    /**
     * These phases with an after-phase of at least {@code minimum}: a restarted Spring Boot app needs
     * tens of seconds before it answers, and the run must last long enough to see it back.
     */
    public Phases withAfterAtLeast(Duration minimum) {
        return after.compareTo(minimum) >= 0 ? this : new Phases(before, during, minimum);
    }

    public Duration total() {
        return before.plus(during).plus(after);
    }

    public long faultSecond() {
        return before.toSeconds();
    }

    public long healSecond() {
        return before.plus(during).toSeconds();
    }
}
