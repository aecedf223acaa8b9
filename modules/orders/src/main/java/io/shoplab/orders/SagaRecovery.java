package io.shoplab.orders;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.shoplab.orders.PaymentGateway.PaymentState;
import io.shoplab.platform.web.ServiceUnavailableException;

/**
 * Finishes or undoes every order the saga left {@code PENDING} (a participant was down, or this
 * service crashed mid-way), at start-up and then periodically. The payment decides which way: money
 * taken means the order goes forward to {@code CONFIRMED}; a decline makes it {@code REJECTED}; no
 * money means everything is undone and the order is {@code ABORTED}. Every call is idempotent, so a
 * recovery interrupted half-way is simply run again.
 */
@Component
@ConditionalOnProperty(name = "shoplab.orders.placement", havingValue = "saga")
class SagaRecovery {

    private static final Logger log = LoggerFactory.getLogger(SagaRecovery.class);
    private static final int BATCH = 50;

    private final OrderRepository orders;
    private final StockReservations stock;
    private final PaymentGateway payments;
    private final TransactionTemplate transaction;
    private final OrdersProperties properties;

    SagaRecovery(OrderRepository orders, StockReservations stock, PaymentGateway payments,
            PlatformTransactionManager transactions, OrdersProperties properties) {
        this.orders = orders;
        this.stock = stock;
        this.payments = payments;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${shoplab.orders.recovery.interval:2s}")
    void recoverStalledOrders() {
        // Only orders older than any placement still in flight, so recovery never races a live request.
        OffsetDateTime before = LocalTransactionPlacement.now().minus(properties.recovery().after());
        Integer recovered = transaction.execute(tx -> {
            List<UUID> stalled = orders.lockStalled(before, BATCH);
            return (int) stalled.stream().filter(this::recover).count();
        });
        if (recovered != null && recovered > 0) {
            log.info("Recovered {} stalled orders", recovered);
        }
    }

    /** Settles one order; false when a participant still cannot answer (it is tried again next round). */
    boolean recover(UUID orderId) {
        try {
            PaymentState payment = payments.stateOf(orderId);
            switch (payment) {
                case CAPTURED -> {
                    stock.commit(orderId);
                    orders.settlePending(orderId, OrderStatus.CONFIRMED, null);
                }
                case DECLINED -> {
                    stock.release(orderId);
                    orders.settlePending(orderId, OrderStatus.REJECTED, RejectionReason.PAYMENT_DECLINED);
                }
                case NONE, UNDONE -> {
                    // Void first: a capture still on its way then takes nothing.
                    payments.refund(orderId);
                    stock.release(orderId);
                    orders.abortPending(orderId);
                }
            }
            log.info("Order {} recovered with payment {}", orderId, payment);
            return true;
        }
        catch (ServiceUnavailableException stillDown) {
            log.info("Order {} stays pending: {} cannot answer yet", orderId, stillDown.component());
            return false;
        }
    }
}
