package io.shoplab.platform.web;

/** The addressed resource does not exist. Answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
