package io.shoplab.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The bucket against times given by the test: no sleeps, no real clock. */
class TokenBucketTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private static final long T0 = 123_456_789L;

    @Test
    void aFullBucketLetsTheBurstThroughAtOnceThenTellsHowLongToWait() {
        TokenBucket bucket = new TokenBucket(100, 200, T0);
        for (int i = 0; i < 200; i++) {
            assertThat(bucket.take(T0)).as("request %d", i + 1).isZero();
        }
        assertThat(bucket.take(T0)).isEqualTo(SECOND / 100);
        // Refused requests take nothing: the wait only shrinks as time passes.
        assertThat(bucket.take(T0 + SECOND / 200)).isEqualTo(SECOND / 200);
        assertThat(bucket.take(T0 + SECOND / 100)).isZero();
        assertThat(bucket.take(T0 + SECOND / 100)).isEqualTo(SECOND / 100);
    }

    @Test
    void refillsExactlyWhereDecimalFractionsWouldNot() {
        // A third of a token per ~333 ms: exact in integer units, so after one second exactly three
        // tokens are back - not 2.999... (a refused fourth) nor more.
        TokenBucket bucket = new TokenBucket(3, 3, T0);
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.take(T0)).isZero();
        }
        assertThat(bucket.take(T0 + 333_333_333))
                .as("a nanosecond short of one token")
                .isEqualTo(1);
        assertThat(bucket.take(T0 + 333_333_334)).isZero();
        for (int i = 0; i < 2; i++) {
            assertThat(bucket.take(T0 + SECOND)).isZero();
        }
        assertThat(bucket.take(T0 + SECOND)).isPositive();
        // A thousand seconds later, still exactly three a second: no error accumulates.
        for (long second = 2; second <= 1000; second++) {
            for (int i = 0; i < 3; i++) {
                assertThat(bucket.take(T0 + second * SECOND))
                        .as("second %d, request %d", second, i + 1)
                        .isZero();
            }
            assertThat(bucket.take(T0 + second * SECOND)).isPositive();
        }
    }

    @Test
    void neverHoldsMoreThanTheBurstHoweverLongIdle() {
        // 10 days at a million a second would overflow a long if multiplied out.
        TokenBucket bucket = new TokenBucket(1_000_000, 5, T0);
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.take(T0)).isZero();
        }
        long later = T0 + Duration.ofDays(10).toNanos();
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.take(later)).isZero();
        }
        assertThat(bucket.take(later)).isEqualTo(1_000);
    }

    @Test
    void anEarlierReadingFromAnotherThreadAddsNothing() {
        TokenBucket bucket = new TokenBucket(1, 1, T0);
        assertThat(bucket.take(T0 + SECOND)).isZero();
        assertThat(bucket.take(T0)).isEqualTo(SECOND);
        assertThat(bucket.take(T0 + SECOND)).isEqualTo(SECOND);
        assertThat(bucket.take(T0 + 2 * SECOND)).isZero();
    }

    @Test
    void fillsFromEmptyInBurstOverRate() {
        assertThat(TokenBucket.nanosToFill(100, 200)).isEqualTo(2 * SECOND);
        assertThat(TokenBucket.nanosToFill(3, 1)).isEqualTo(333_333_334);
    }
}
