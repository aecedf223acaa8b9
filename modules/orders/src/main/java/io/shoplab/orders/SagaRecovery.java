package io.shoplab.orders;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.shoplab.orders.PaymentGateway.PaymentState;
import io.shoplab.platform.web.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes or undoes every order the saga left {@code PENDING} (a participant was down, or this
 * service crashed mid-way), at start-up and then periodically. It takes over only orders whose lease
 * ran out, one at a time and by compare-and-set (see {@link OrderLeases}), so two instances never work
 * on one order and a live placement keeps its own; it holds no lock or transaction across the calls
 * to the participants. The payment decides which way: money taken means the order goes forward to
 * {@code CONFIRMED}; a decline makes it {@code REJECTED}; no money means everything is undone and the
 * order is {@code ABORTED}. Every call is idempotent, so a recovery interrupted half-way is run again.
 * An order whose recovery keeps failing for no known reason is set aside after
 * {@code shoplab.orders.recovery.set-aside-after} attempts, logged and shown by
 * {@code /actuator/pendingorders}, and never holds up the others.
 */
@Component
@ConditionalOnProperty(name = "shoplab.orders.placement", havingValue = "saga")
class SagaRecovery {

    private static final Logger log = LoggerFactory.getLogger(SagaRecovery.class);
    private static final int BATCH = 50;

    private final OrderRepository orders;
    private final OrderLeases leases;
    private final StockReservations stock;
    private final PaymentGateway payments;
    private final SagaCompensation compensation;
    private final OrdersProperties.Recovery settings;

    SagaRecovery(
            OrderRepository orders,
            OrderLeases leases,
            StockReservations stock,
            PaymentGateway payments,
            SagaCompensation compensation,
            OrdersProperties properties) {
        this.orders = orders;
        this.leases = leases;
        this.stock = stock;
        this.payments = payments;
        this.compensation = compensation;
        this.settings = properties.recovery();
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${shoplab.orders.recovery.interval:2s}")
    void recoverStalledOrders() {
        UUID owner = UUID.randomUUID();
        Set<UUID> tried = new HashSet<>();
        int recovered = 0;
        while (tried.size() < BATCH) {
            Optional<UUID> claimed = leases.claimStalled(owner, settings.after(), settings.setAsideAfter());
            if (claimed.isEmpty()) {
                break;
            }
            if (!tried.add(claimed.get())) {
                // Back again within this round (its retry came due): leave it for the next round.
                leases.handOver(claimed.get(), owner, Duration.ZERO);
                break;
            }
            if (recover(claimed.get(), owner)) {
                recovered++;
            }
        }
        if (recovered > 0) {
            log.info("Recovered {} stalled orders", recovered);
        }
    }

    /** Settles one order it holds; false when it could not (it is tried again in a later round). */
    private boolean recover(UUID orderId, UUID owner) {
        try {
            PaymentState payment = settle(orderId, owner);
            log.info("Order {} recovered with payment {}", orderId, payment);
            return true;
        } catch (ServiceUnavailableException stillDown) {
            log.info("Order {} stays pending: {} cannot answer yet", orderId, stillDown.component());
            leases.handOver(orderId, owner, settings.interval());
            return false;
        } catch (RuntimeException poison) {
            int failures = leases.recordRecoveryFailure(orderId, owner, poison.toString(), settings.interval());
            if (failures >= settings.setAsideAfter()) {
                log.error(
                        "Order {} set aside after {} failed recoveries; an operator must settle it",
                        orderId,
                        failures,
                        poison);
            } else {
                log.warn(
                        "Recovering order {} failed ({} of {} attempts): {}",
                        orderId,
                        failures,
                        settings.setAsideAfter(),
                        poison.toString());
            }
            return false;
        }
    }

    private PaymentState settle(UUID orderId, UUID owner) {
        PaymentState payment = payments.stateOf(orderId);
        switch (payment) {
            case CAPTURED -> {
                if (stock.commit(orderId)) {
                    orders.settlePending(orderId, owner, OrderStatus.CONFIRMED, null);
                } else {
                    // An earlier round gave the stock back, then stopped: the money goes back too.
                    payments.refund(orderId);
                    orders.abortPending(orderId, owner);
                }
            }
            case DECLINED -> {
                if (!stock.release(orderId)) {
                    throw new IllegalStateException("order " + orderId + " was declined, yet its stock was sold");
                }
                orders.settlePending(orderId, owner, OrderStatus.REJECTED, RejectionReason.PAYMENT_DECLINED);
            }
            case NONE, UNDONE -> {
                if (compensation.undo(orderId)) {
                    orders.abortPending(orderId, owner);
                } else if (payments.stateOf(orderId) == PaymentState.CAPTURED) {
                    // Sold after we looked at the payment: its placement took the money first. Forward, then.
                    orders.settlePending(orderId, owner, OrderStatus.CONFIRMED, null);
                    return PaymentState.CAPTURED;
                } else {
                    throw new IllegalStateException("order " + orderId + " has its stock sold but no money taken");
                }
            }
        }
        return payment;
    }
}
