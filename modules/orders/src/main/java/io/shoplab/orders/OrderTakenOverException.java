package io.shoplab.orders;

import java.util.UUID;

import io.shoplab.platform.web.ServiceUnavailableException;

/**
 * The placement no longer holds its order: it was slower than its lease and recovery took the order
 * over, whose word is final. Answered 503: the client's retry with its idempotency key gets the outcome.
 */
class OrderTakenOverException extends ServiceUnavailableException {

    OrderTakenOverException(UUID orderId) {
        super("orders", "order " + orderId + " was taken over by recovery", null);
    }
}
