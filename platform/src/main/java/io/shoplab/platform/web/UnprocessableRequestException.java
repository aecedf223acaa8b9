package io.shoplab.platform.web;

/** Well-formed input that conflicts with what was stored before (an idempotency key reused with another body). Answered 422. */
public class UnprocessableRequestException extends RuntimeException {

    public UnprocessableRequestException(String message) {
        super(message);
    }
}
