package io.shoplab.orders;

/** How placing an order ended; {@code reason} is null when confirmed. */
record Outcome(OrderStatus status, RejectionReason reason) {

    static final Outcome CONFIRMED = new Outcome(OrderStatus.CONFIRMED, null);

    static Outcome rejected(RejectionReason reason) {
        return new Outcome(OrderStatus.REJECTED, reason);
    }
}
