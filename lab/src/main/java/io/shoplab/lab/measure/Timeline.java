package io.shoplab.lab.measure;

import java.time.Instant;
import java.util.List;

/**
 * A run second by second, from its start: every second is present, a second without any answer
 * (an outage) as an empty bucket.
 *
 * @param start the instant second 0 begins
 * @param seconds one bucket per second, {@code seconds.get(i).second() == i}
 */
public record Timeline(Instant start, List<SecondBucket> seconds) {

    public Timeline {
        seconds = List.copyOf(seconds);
    }

    public int length() {
        return seconds.size();
    }

    /** The bucket of this second; an empty one outside the timeline. */
    public SecondBucket at(long second) {
        if (second < 0 || second >= seconds.size()) {
            return new SecondBucket(second, 0, 0, 0, Latency.NONE, Latency.NONE);
        }
        return seconds.get((int) second);
    }

    /** Seconds since the start at which this instant falls (negative before the start). */
    public long secondOf(Instant instant) {
        return Math.floorDiv(instant.toEpochMilli() - start.toEpochMilli(), 1000);
    }
}
