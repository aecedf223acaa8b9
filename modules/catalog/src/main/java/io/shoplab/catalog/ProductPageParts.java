package io.shoplab.catalog;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.shoplab.platform.requestid.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the other modules for their part of the product page, each guarded the same way in both
 * architectures: a bounded pool of its own (a bulkhead, so a slow part cannot take every thread), a
 * time limit, and a circuit breaker that stops asking a part that keeps failing. The settings are the
 * Resilience4j instances {@code inventory} and {@code reviews} in each application's configuration.
 */
@Component
class ProductPageParts {

    static final String INVENTORY = "inventory";
    static final String REVIEWS = "reviews";

    private static final Logger log = LoggerFactory.getLogger(ProductPageParts.class);

    private final StockLevels stockLevels;
    private final ProductRatings ratings;
    private final CircuitBreakerRegistry circuitBreakers;
    private final TimeLimiterRegistry timeLimiters;
    private final ThreadPoolBulkheadRegistry bulkheads;
    private final ScheduledExecutorService timer;

    ProductPageParts(
            StockLevels stockLevels,
            ProductRatings ratings,
            CircuitBreakerRegistry circuitBreakers,
            TimeLimiterRegistry timeLimiters,
            ThreadPoolBulkheadRegistry bulkheads,
            ScheduledExecutorService productPageTimer) {
        this.stockLevels = stockLevels;
        this.ratings = ratings;
        this.circuitBreakers = circuitBreakers;
        this.timeLimiters = timeLimiters;
        this.bulkheads = bulkheads;
        this.timer = productPageTimer;
    }

    CompletableFuture<Optional<Availability>> availability(long productId) {
        return ask(INVENTORY, () -> stockLevels.availabilityOf(productId));
    }

    CompletableFuture<Optional<Rating>> rating(long productId) {
        return ask(REVIEWS, () -> ratings.ratingOf(productId));
    }

    /** The part's answer, or empty when it failed, was too slow, or its breaker is open. */
    private <T> CompletableFuture<Optional<T>> ask(String part, Supplier<T> call) {
        ThreadPoolBulkhead bulkhead = bulkheads.bulkhead(part);
        TimeLimiter timeLimiter = timeLimiters.timeLimiter(part);
        CircuitBreaker circuitBreaker = circuitBreakers.circuitBreaker(part);
        Supplier<T> withRequestId = RequestIds.carriedInto(call);
        return circuitBreaker
                .decorateCompletionStage(
                        () -> timeLimiter.executeCompletionStage(timer, () -> bulkhead.executeSupplier(withRequestId)))
                .get()
                .toCompletableFuture()
                .thenApply(Optional::of)
                .exceptionally(failure -> {
                    log.debug("{} left out of the product page: {}", part, failure.toString());
                    return Optional.empty();
                });
    }
}
