package io.shoplab.gateway.ratelimit;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A client over its rate limit: the problem handler answers it with 429 and the {@code Retry-After}
 * this carries, like every other error (problem details, request id).
 */
class TooManyRequestsException extends ResponseStatusException {

    private final HttpHeaders headers = new HttpHeaders();

    /** @param retryAfter rounded up to whole seconds, at least 1 (the header has no finer unit) */
    TooManyRequestsException(String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, detail);
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, seconds)));
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // One is made for every refused request of a flood; a stack trace would be its largest cost
        // and would only ever point here.
        return this;
    }
}
