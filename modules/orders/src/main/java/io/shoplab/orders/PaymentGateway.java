package io.shoplab.orders;

import java.math.BigDecimal;
import java.util.UUID;

/** The orders module's port to the money: payments, in process or over HTTP. Every call is keyed by the order and idempotent. */
public interface PaymentGateway {

    /** Takes the amount; false when declined (also when the payment was undone before it). */
    boolean capture(UUID orderId, String customerId, BigDecimal amount, String currency, String paymentToken);

    /** Gives a capture back, or voids the order's payment before one happens. */
    void refund(UUID orderId);

    /** What the provider holds for the order; recovery asks it to decide whether to finish or undo an order. */
    PaymentState stateOf(UUID orderId);

    enum PaymentState {
        /** The provider never heard of the order. */
        NONE,
        CAPTURED,
        DECLINED,
        /** Refunded or voided: nothing is taken, and nothing will be. */
        UNDONE
    }
}
