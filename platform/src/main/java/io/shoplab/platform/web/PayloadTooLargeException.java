package io.shoplab.platform.web;

/** A request body over the configured limit. Answered 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than " + limitBytes + " bytes");
    }
}
