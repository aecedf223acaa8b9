package io.shoplab.lab.measure;

import java.util.OptionalLong;

/**
 * When a run counts as recovered: from the first second after a given one from which, for
 * {@code stableSeconds} seconds in a row, requests were answered and the failure rate stayed below
 * {@code maxFailureRate}. A second without any answer is not healthy: under an open load model
 * silence means the system is not answering.
 *
 * @param maxFailureRate failure share in [0, 1] that a healthy second stays below, e.g. 0.01
 * @param stableSeconds how many healthy seconds in a row make a recovery, at least 1
 */
public record RecoveryRule(double maxFailureRate, int stableSeconds) {

    public RecoveryRule {
        if (stableSeconds < 1) {
            throw new IllegalArgumentException("stableSeconds must be at least 1");
        }
    }

    /** The first second at or after {@code fromSecond} that starts a healthy stretch; empty if none completes. */
    public OptionalLong recoveredAt(Timeline timeline, long fromSecond) {
        int healthyInARow = 0;
        for (long second = Math.max(0, fromSecond); second < timeline.length(); second++) {
            healthyInARow = isHealthy(timeline.at(second)) ? healthyInARow + 1 : 0;
            if (healthyInARow == stableSeconds) {
                return OptionalLong.of(second - stableSeconds + 1);
            }
        }
        return OptionalLong.empty();
    }

    /** Seconds from {@code fromSecond} (a heal or a kill) until recovery; 0 if it never looked hurt. */
    public OptionalLong secondsToRecover(Timeline timeline, long fromSecond) {
        OptionalLong recovered = recoveredAt(timeline, fromSecond);
        return recovered.isPresent() ? OptionalLong.of(recovered.getAsLong() - fromSecond) : OptionalLong.empty();
    }

    private boolean isHealthy(SecondBucket bucket) {
        return bucket.requests() > 0 && bucket.failureRate() < maxFailureRate;
    }
}
