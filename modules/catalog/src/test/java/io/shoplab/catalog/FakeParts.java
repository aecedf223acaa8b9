package io.shoplab.catalog;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.bulkhead.ThreadPoolBulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.shoplab.platform.requestid.RequestIds;
import org.slf4j.MDC;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Inventory and reviews as the product page sees them through its ports, switchable between answering,
 * failing and hanging; with the page's guards configured as in an application but a short time limit.
 */
@TestConfiguration(proxyBeanMethods = false)
class FakeParts implements StockLevels, ProductRatings {

    /** The product page's budget per part in these tests. */
    static final Duration TIME_LIMIT = Duration.ofMillis(200);

    enum Mode {
        ANSWER,
        FAIL,
        HANG
    }

    volatile Mode inventory = Mode.ANSWER;
    volatile Mode reviews = Mode.ANSWER;
    volatile String requestIdSeenByReviews;

    // Hanging calls wait here; released after each test so no pool thread stays blocked.
    private volatile CountDownLatch hung = new CountDownLatch(1);

    @Override
    public Availability availabilityOf(long productId) {
        act(inventory, "inventory");
        return Availability.of(7);
    }

    @Override
    public Rating ratingOf(long productId) {
        requestIdSeenByReviews = MDC.get(RequestIds.MDC_KEY);
        act(reviews, "reviews");
        return Rating.of(new BigDecimal("4.50"), 2);
    }

    void heal() {
        inventory = Mode.ANSWER;
        reviews = Mode.ANSWER;
        hung.countDown();
        hung = new CountDownLatch(1);
    }

    private void act(Mode mode, String part) {
        switch (mode) {
            case FAIL -> throw new IllegalStateException(part + " is down");
            case HANG -> {
                try {
                    hung.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            case ANSWER -> {}
        }
    }

    @Bean
    CircuitBreakerRegistry circuitBreakers() {
        // Defaults: a breaker opens only after 100 calls, so each test here sees its own part's behaviour.
        return CircuitBreakerRegistry.ofDefaults();
    }

    @Bean
    TimeLimiterRegistry timeLimiters() {
        return TimeLimiterRegistry.of(TimeLimiterConfig.custom()
                .timeoutDuration(TIME_LIMIT)
                .cancelRunningFuture(true)
                .build());
    }

    @Bean
    ThreadPoolBulkheadRegistry bulkheads() {
        return ThreadPoolBulkheadRegistry.ofDefaults();
    }
}
