package io.shoplab.platform.web;

/** The request collides with one still under way (the same idempotency key, placed at the same moment). Answered 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
