package io.shoplab.platform.web;

/**
 * A part that the request needs cannot answer now (a module, a remote service, the database).
 * Answered 503 with {@code Retry-After}: the caller may try again, nothing was left half-done.
 */
public class ServiceUnavailableException extends RuntimeException {

    private final String component;

    public ServiceUnavailableException(String component, String message, Throwable cause) {
        super(message, cause);
        this.component = component;
    }

    /** The name of the part that failed, such as {@code inventory} or {@code database}. */
    public String component() {
        return component;
    }
}
