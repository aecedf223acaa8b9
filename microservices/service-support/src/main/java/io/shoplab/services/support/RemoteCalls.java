package io.shoplab.services.support;

import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * Guards a call to another service with the Resilience4j instances named after the called part
 * ({@code inventory}, {@code payments}, …; settings in the service's {@code application.yml}):
 * retry, then bulkhead, then circuit breaker. The breaker sits innermost so that it judges the remote
 * part only; a full bulkhead is this service's own overload and must not open it.
 * Use it for idempotent calls only: a failed attempt may be repeated.
 */
public class RemoteCalls {

    private final CircuitBreakerRegistry circuitBreakers;
    private final BulkheadRegistry bulkheads;
    private final RetryRegistry retries;

    RemoteCalls(CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads, RetryRegistry retries) {
        this.circuitBreakers = circuitBreakers;
        this.bulkheads = bulkheads;
        this.retries = retries;
    }

    /**
     * @param part the called part, as the 503 names it and as the Resilience4j instances are named
     * @throws io.shoplab.platform.web.ServiceUnavailableException when the part is down, slow, failing,
     *         or its breaker is open; a 4xx answer comes through as the client's own exception
     */
    public <T> T call(String part, Supplier<T> call) {
        CircuitBreaker circuitBreaker = circuitBreakers.circuitBreaker(part);
        Bulkhead bulkhead = bulkheads.bulkhead(part);
        Retry retry = retries.retry(part);
        Supplier<T> guarded = Retry.decorateSupplier(
                retry, Bulkhead.decorateSupplier(bulkhead, CircuitBreaker.decorateSupplier(circuitBreaker, call)));
        try {
            return guarded.get();
        } catch (RuntimeException failure) {
            throw RemoteFailures.translate(part, failure);
        }
    }

    public void run(String part, Runnable call) {
        call(part, () -> {
            call.run();
            return null;
        });
    }
}
