package io.shoplab.orders;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The steps of placing an order, the same in both architectures: hold the stock, take the money,
 * confirm; a decline gives the stock back. Only the transaction around them differs.
 */
@Component
class PlacementSteps {

    private final StockReservations stock;
    private final PaymentGateway payments;

    PlacementSteps(StockReservations stock, PaymentGateway payments) {
        this.stock = stock;
        this.payments = payments;
    }

    Outcome run(UUID orderId, OrderDraft draft) {
        if (!stock.reserve(orderId, draft.lines())) {
            return Outcome.rejected(RejectionReason.OUT_OF_STOCK);
        }
        if (!payments.capture(orderId, draft.customerId(), draft.total(), draft.currency(), draft.paymentToken())) {
            stock.release(orderId);
            return Outcome.rejected(RejectionReason.PAYMENT_DECLINED);
        }
        stock.commit(orderId);
        return Outcome.CONFIRMED;
    }
}
