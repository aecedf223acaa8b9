package io.shoplab.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code burst} tokens, gains {@code requestsPerSecond} tokens a second, and
 * each request takes one. Tokens are counted in integer units of 10<sup>-9</sup> token, so that a
 * nanosecond at any whole rate adds a whole number of units: the refill is exact, with no rounding
 * that could drift. Thread-safe; times are {@link System#nanoTime()} readings.
 */
final class TokenBucket {

    private static final long ONE_TOKEN = 1_000_000_000L;

    private final long capacity;

    /** Units gained per nanosecond: the rate in tokens per second. */
    private final long refillPerNanosecond;

    private long available;

    private long refilledAt;

    /** A full bucket. */
    TokenBucket(long requestsPerSecond, long burst, long now) {
        this.capacity = Math.multiplyExact(burst, ONE_TOKEN);
        this.refillPerNanosecond = requestsPerSecond;
        this.available = capacity;
        this.refilledAt = now;
    }

    /**
     * Takes a token if there is one.
     *
     * @return 0 when a token was taken; otherwise the nanoseconds until one will be there (and nothing taken)
     */
    synchronized long take(long now) {
        refill(now);
        if (available >= ONE_TOKEN) {
            available -= ONE_TOKEN;
            return 0;
        }
        return ceilDiv(ONE_TOKEN - available, refillPerNanosecond);
    }

    /** How long a bucket takes to fill from empty: after that long unused, it is as good as a new one. */
    static long nanosToFill(long requestsPerSecond, long burst) {
        return ceilDiv(Math.multiplyExact(burst, ONE_TOKEN), requestsPerSecond);
    }

    private void refill(long now) {
        long elapsed = now - refilledAt;
        if (elapsed <= 0) {
            // Another thread read the clock later but took the lock first: time never runs backwards here.
            return;
        }
        long missing = capacity - available;
        // Compared before multiplying: a long-idle bucket's elapsed * rate would overflow.
        available =
                elapsed >= ceilDiv(missing, refillPerNanosecond) ? capacity : available + elapsed * refillPerNanosecond;
        refilledAt = now;
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
