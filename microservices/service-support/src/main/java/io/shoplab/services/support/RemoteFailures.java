package io.shoplab.services.support;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.shoplab.platform.web.ServiceUnavailableException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Says which failures of a remote call mean "that part cannot answer now", so the web layer (503 with
 * {@code Retry-After}) and the saga (leave the order for recovery) treat every outage the same.
 */
public final class RemoteFailures {

    private RemoteFailures() {}

    /**
     * The failure as a {@link ServiceUnavailableException} of {@code part} when it is an outage; any
     * other failure (a 4xx: this service asked wrongly) unchanged.
     */
    public static RuntimeException translate(String part, RuntimeException failure) {
        if (failure instanceof ServiceUnavailableException || !isOutage(failure)) {
            return failure;
        }
        return new ServiceUnavailableException(part, part + " cannot answer: " + failure.getMessage(), failure);
    }

    /**
     * Connection refused or reset, a timeout, a 5xx, an unreadable answer (all {@link RestClientException}s
     * but a 4xx), an open breaker, a full bulkhead, or no instance registered: the load balancer reports
     * that as an {@link IllegalStateException}, the only one a call through it raises.
     */
    public static boolean isOutage(Throwable failure) {
        return failure instanceof RestClientException && !(failure instanceof HttpClientErrorException)
                || failure instanceof CallNotPermittedException
                || failure instanceof BulkheadFullException
                || failure instanceof IllegalStateException;
    }
}
