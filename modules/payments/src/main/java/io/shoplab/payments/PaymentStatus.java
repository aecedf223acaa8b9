package io.shoplab.payments;

/** What became of an order's payment. */
public enum PaymentStatus {
    /** The money was taken. */
    CAPTURED,
    /** The provider refused; nothing was taken. */
    DECLINED,
    /** Taken, then given back. */
    REFUNDED,
    /** Cancelled before any capture: a capture arriving later for the order takes nothing. */
    VOIDED
}
