package io.shoplab.lab.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Two reads of an app's /actuator/prometheus into the per-second figures the watch page shows. */
class RatesTest {

    /** Ten product pages and five actuator calls, histogram buckets at 10 ms, 50 ms, 100 ms and +Inf. */
    private static final String BEFORE = """
            # HELP http_server_requests_seconds
            # TYPE http_server_requests_seconds histogram
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}",le="0.01"} 6.0
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}",le="0.05"} 10.0
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}",le="0.1"} 10.0
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}",le="+Inf"} 10.0
            http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}"} 10
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/actuator/health",le="+Inf"} 5.0
            http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/actuator/health"} 5
            shop_product_pages_degraded_total{application="catalog-service",parts="reviews"} 1.0
            resilience4j_circuitbreaker_state{group="none",name="reviews",state="closed"} 1.0
            resilience4j_circuitbreaker_state{group="none",name="reviews",state="open"} 0.0
            """;

    /**
     * Two seconds later: 20 more pages (10 under 10 ms, 6 under 50 ms, 4 under 100 ms), 4 failed ones
     * (under 10 ms), 8 degraded; the reviews breaker open; a thread-pool bulkhead and a semaphore one.
     */
    private static final String AFTER = """
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}",le="0.01"} 16.0
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}",le="0.05"} 26.0
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}",le="0.1"} 30.0
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}",le="+Inf"} 30.0
            http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}"} 30
            http_server_requests_seconds_bucket{method="GET",outcome="SERVER_ERROR",status="503",uri="/api/products/{id}",le="0.01"} 4.0
            http_server_requests_seconds_bucket{method="GET",outcome="SERVER_ERROR",status="503",uri="/api/products/{id}",le="0.05"} 4.0
            http_server_requests_seconds_bucket{method="GET",outcome="SERVER_ERROR",status="503",uri="/api/products/{id}",le="0.1"} 4.0
            http_server_requests_seconds_bucket{method="GET",outcome="SERVER_ERROR",status="503",uri="/api/products/{id}",le="+Inf"} 4.0
            http_server_requests_seconds_count{method="GET",outcome="SERVER_ERROR",status="503",uri="/api/products/{id}"} 4
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/actuator/health",le="+Inf"} 9.0
            http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/actuator/health"} 9
            shop_product_pages_degraded_total{application="catalog-service",parts="reviews"} 7.0
            shop_product_pages_degraded_total{application="catalog-service",parts="inventory,reviews"} 2.0
            resilience4j_circuitbreaker_state{group="none",name="reviews",state="closed"} 0.0
            resilience4j_circuitbreaker_state{group="none",name="reviews",state="open"} 1.0
            resilience4j_bulkhead_active_thread_count{group="none",name="reviews"} 3.0
            resilience4j_bulkhead_max_thread_pool_size{group="none",name="reviews"} 32.0
            resilience4j_bulkhead_queue_depth{group="none",name="reviews"} 1.0
            resilience4j_bulkhead_available_concurrent_calls{group="none",name="catalog"} 48.0
            """;

    @Test
    void countsRequestsFailuresAndDegradedPagesPerSecondLeavingActuatorCallsOut() {
        Rates rates = Rates.between(Scrape.parse(BEFORE), Scrape.parse(AFTER), 2);

        assertThat(rates.requests()).isEqualTo(12);
        assertThat(rates.failed()).isEqualTo(2);
        assertThat(rates.degraded()).isEqualTo(4);
    }

    @Test
    void percentilesComeFromTheRequestsBetweenTheTwoReadsOnly() {
        Rates rates = Rates.between(Scrape.parse(BEFORE), Scrape.parse(AFTER), 2);

        // 24 requests: 14 under 10 ms, 6 in 10..50 ms, 4 in 50..100 ms.
        assertThat(rates.percentileMillis(0.5).getAsDouble())
                .as("rank 12 of 14 in the first bucket")
                .isCloseTo(12.0 / 14 * 10, within(0.01));
        assertThat(rates.percentileMillis(0.99).getAsDouble())
                .as("rank 23.76 in the third bucket")
                .isCloseTo(50 + 3.76 / 4 * 50, within(0.01));
    }

    @Test
    void noRequestsNoPercentile() {
        Rates rates = Rates.between(Scrape.parse(BEFORE), Scrape.parse(BEFORE), 1);

        assertThat(rates.requests()).isZero();
        assertThat(rates.percentileMillis(0.99)).isEmpty();
    }

    @Test
    void anAppThatRestartedCountsFromItsStart() {
        Rates rates = Rates.between(Scrape.parse(AFTER), Scrape.parse(BEFORE), 1);

        assertThat(rates.requests()).isEqualTo(10);
        assertThat(rates.degraded()).isEqualTo(1);
    }

    @Test
    void instancesAddUp() {
        Rates one = Rates.between(Scrape.parse(BEFORE), Scrape.parse(AFTER), 2);

        Rates both = Rates.sum(List.of(one, one));

        assertThat(both.requests()).isEqualTo(24);
        assertThat(both.percentileMillis(0.5)).isEqualTo(one.percentileMillis(0.5));
    }

    @Test
    void breakersAndBulkheadsAreReadAsTheyAre() {
        Scrape scrape = Scrape.parse(AFTER);

        assertThat(scrape.breakers()).containsExactly(Map.entry("reviews", "open"));
        assertThat(scrape.bulkheads())
                .containsEntry("reviews", "3/32 busy, 1 queued")
                .containsEntry("catalog", "48 free");
    }
}
