package io.shoplab.gateway.ratelimit;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One {@link TokenBucket} per client. A client unseen for as long as its bucket takes to fill is
 * forgotten - a new bucket is full, so forgetting changes nothing - and at most {@value #MAX_CLIENTS}
 * are kept, so the buckets cannot grow without bound however many addresses a client uses.
 */
final class ClientRateLimits {

    static final long MAX_CLIENTS = 100_000;

    private final RateLimitProperties limit;

    private final LongSupplier clock;

    private final Cache<String, TokenBucket> buckets;

    /** @param clock nanoseconds, like {@link System#nanoTime()}; the buckets' refill and their expiry both read it */
    ClientRateLimits(RateLimitProperties limit, LongSupplier clock) {
        this.limit = limit;
        this.clock = clock;
        this.buckets = Caffeine.newBuilder()
                .ticker(clock::getAsLong)
                .expireAfterAccess(Duration.ofNanos(TokenBucket.nanosToFill(limit.requestsPerSecond(), limit.burst())))
                .maximumSize(MAX_CLIENTS)
                .build();
    }

    /**
     * Takes a token from the client's bucket.
     *
     * @return 0 when the request may go on; otherwise the nanoseconds until the client may send again
     */
    long take(String client) {
        long now = clock.getAsLong();
        return buckets.get(client, key -> new TokenBucket(limit.requestsPerSecond(), limit.burst(), now))
                .take(now);
    }

    /** How many clients are remembered (after pending evictions ran). */
    long clients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
