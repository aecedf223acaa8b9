package io.shoplab.orders;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The steps of placing an order, the same in both architectures: hold the stock, take the money,
 * confirm; a decline gives the stock back. Only the transaction around them differs, and what is
 * checked before each step ({@code beforeEachStep}: the saga makes sure it still holds the order).
 */
@Component
class PlacementSteps {

    private final StockReservations stock;
    private final PaymentGateway payments;

    PlacementSteps(StockReservations stock, PaymentGateway payments) {
        this.stock = stock;
        this.payments = payments;
    }

    /**
     * @throws OrderTakenOverException when the stock was given back before it could be sold (the money
     *         went back with it); the order is then not this placement's to settle
     */
    Outcome run(UUID orderId, OrderDraft draft, Runnable beforeEachStep) {
        beforeEachStep.run();
        if (!stock.reserve(orderId, draft.lines())) {
            return Outcome.rejected(RejectionReason.OUT_OF_STOCK);
        }
        beforeEachStep.run();
        if (!payments.capture(orderId, draft.customerId(), draft.total(), draft.currency(), draft.paymentToken())) {
            if (!stock.release(orderId)) {
                throw new IllegalStateException("Order " + orderId + " was declined, yet its stock was sold");
            }
            return Outcome.rejected(RejectionReason.PAYMENT_DECLINED);
        }
        beforeEachStep.run();
        if (!stock.commit(orderId)) {
            // Recovery took the order over and gave the stock back: the money must not stay taken either.
            payments.refund(orderId);
            throw new OrderTakenOverException(orderId);
        }
        return Outcome.CONFIRMED;
    }
}
