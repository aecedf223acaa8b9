package io.shoplab.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Buckets per client on a clock the test moves: separate clients, idle ones forgotten. */
class ClientRateLimitsTest {

    private final AtomicLong clock = new AtomicLong(42);

    private final ClientRateLimits limits = new ClientRateLimits(new RateLimitProperties(true, 10, 2), clock::get);

    @Test
    void eachClientHasItsOwnBucket() {
        assertThat(limits.take("10.0.0.1")).isZero();
        assertThat(limits.take("10.0.0.1")).isZero();
        assertThat(limits.take("10.0.0.1")).isEqualTo(Duration.ofMillis(100).toNanos());
        assertThat(limits.take("10.0.0.2")).isZero();
    }

    @Test
    void forgetsAClientOnceItsBucketWouldBeFullAgain() {
        limits.take("10.0.0.1");
        limits.take("10.0.0.2");
        clock.addAndGet(Duration.ofMillis(100).toNanos());
        limits.take("10.0.0.2");
        assertThat(limits.clients()).isEqualTo(2);

        // Two tokens at ten a second: 200 ms after its last request a client's bucket is full.
        clock.addAndGet(Duration.ofMillis(100).toNanos());
        assertThat(limits.clients()).isEqualTo(1);
        clock.addAndGet(Duration.ofMillis(100).toNanos());
        assertThat(limits.clients()).isZero();

        // Coming back, it has its whole burst, as it would have had anyway.
        assertThat(limits.take("10.0.0.1")).isZero();
        assertThat(limits.take("10.0.0.1")).isZero();
        assertThat(limits.take("10.0.0.1")).isPositive();
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(retryAfter(Duration.ofMillis(10))).isEqualTo("1");
        assertThat(retryAfter(Duration.ofSeconds(1))).isEqualTo("1");
        assertThat(retryAfter(Duration.ofMillis(1001))).isEqualTo("2");
        assertThat(retryAfter(Duration.ofSeconds(3))).isEqualTo("3");
    }

    private static String retryAfter(Duration wait) {
        return new TooManyRequestsException("over the limit", wait).getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
    }
}
