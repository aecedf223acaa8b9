package io.shoplab.lab;

/** A failure the user can act on; the CLI prints its message (no stack trace) and exits with 1. */
public class LabException extends RuntimeException {

    public LabException(String message) {
        super(message);
    }
}
