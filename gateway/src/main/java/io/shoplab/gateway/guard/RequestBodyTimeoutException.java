package io.shoplab.gateway.guard;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request body that did not arrive in time. A client error: the circuit breakers ignore it (see
 * {@code application.yml}) and the fallback passes it on instead of answering 503.
 */
public class RequestBodyTimeoutException extends ResponseStatusException {

    public RequestBodyTimeoutException(Duration limit) {
        super(HttpStatus.REQUEST_TIMEOUT, "The request body did not arrive within " + limit.toMillis() + " ms");
    }
}
