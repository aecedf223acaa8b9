package io.shoplab.gateway.guard;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request body over the limit. A client error: the circuit breakers ignore it (see
 * {@code application.yml}) and the fallback passes it on instead of answering 503.
 */
public class PayloadTooLargeException extends ResponseStatusException {

    public PayloadTooLargeException(long limitBytes) {
        // The platform's wording, so both stacks say the same.
        super(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + limitBytes + " bytes");
    }
}
