package io.shoplab.orders;

import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Undoes a saga's order in the one order that is safe while its placement may still be running: the
 * stock is given back first, and only then the money. Once released, the stock can no longer be sold
 * (a late commit answers that it was released, and its placement gives the money back itself), so no
 * interleaving leaves stock sold for an order whose money went back.
 */
@Component
@ConditionalOnProperty(name = "shoplab.orders.placement", havingValue = "saga")
class SagaCompensation {

    private final StockReservations stock;
    private final PaymentGateway payments;

    SagaCompensation(StockReservations stock, PaymentGateway payments) {
        this.stock = stock;
        this.payments = payments;
    }

    /**
     * @return true when undone (nothing held, nothing taken); false when the stock was sold first, so
     *         the order must go forward instead
     */
    boolean undo(UUID orderId) {
        if (!stock.release(orderId)) {
            return false;
        }
        payments.refund(orderId);
        return true;
    }
}
