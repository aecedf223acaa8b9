package io.shoplab.orders;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.shoplab.platform.web.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The services' placement: a saga. The order is stored {@code PENDING} first (committed, so it
 * survives a crash) with a lease that this placement renews before each step, then each participant
 * is called in its own transaction, keyed by the order id. While the lease holds, recovery leaves the
 * order alone. When a participant cannot answer, the caller gets a 503 and the order is handed to
 * {@link SagaRecovery} at once, which finishes or undoes it once the participants answer again; when a
 * participant refuses the call, the order is undone here and now, and the caller gets a 503 too.
 */
@Component
@ConditionalOnProperty(name = "shoplab.orders.placement", havingValue = "saga")
class SagaPlacement implements OrderPlacement {

    private static final Logger log = LoggerFactory.getLogger(SagaPlacement.class);

    private final OrderRepository orders;
    private final OrderLeases leases;
    private final PlacementSteps steps;
    private final SagaCompensation compensation;
    private final Duration lease;

    SagaPlacement(
            OrderRepository orders,
            OrderLeases leases,
            PlacementSteps steps,
            SagaCompensation compensation,
            OrdersProperties properties) {
        this.orders = orders;
        this.leases = leases;
        this.steps = steps;
        this.compensation = compensation;
        this.lease = properties.recovery().after();
    }

    @Override
    public Order place(OrderDraft draft, Optional<IdempotencyKey> key) {
        UUID id = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        orders.insertPending(id, draft, key, owner, lease);
        Outcome outcome = runSteps(id, owner, draft);
        if (!orders.settlePending(id, owner, outcome.status(), outcome.reason())) {
            // Recovery took the order over after our last step: its word is final.
            throw new OrderTakenOverException(id);
        }
        return orders.find(id).orElseThrow();
    }

    private Outcome runSteps(UUID id, UUID owner, OrderDraft draft) {
        try {
            return steps.run(id, draft, () -> holdOn(id, owner));
        } catch (OrderTakenOverException | DataAccessException notOursToHandOver) {
            // Taken over, or our own database failing: the lease runs out by itself and recovery takes over.
            throw notOursToHandOver;
        } catch (ServiceUnavailableException down) {
            handOverQuietly(id, owner, down);
            throw down;
        } catch (RuntimeException refused) {
            throw giveUp(id, owner, refused);
        }
    }

    private void holdOn(UUID id, UUID owner) {
        if (!leases.renewLease(id, owner, lease)) {
            throw new OrderTakenOverException(id);
        }
    }

    /**
     * A participant refused a call of a valid order (a 4xx: it cannot take what we sent) or failed in a
     * way no retry mends: undo the order at once rather than leave its stock held until recovery.
     */
    private ServiceUnavailableException giveUp(UUID id, UUID owner, RuntimeException refused) {
        log.warn("Order {} could not be placed, undoing it: {}", id, refused.toString());
        try {
            if (compensation.undo(id)) {
                orders.abortPending(id, owner);
            } else {
                handOverQuietly(id, owner, refused);
            }
        } catch (RuntimeException undoFailed) {
            refused.addSuppressed(undoFailed);
            handOverQuietly(id, owner, refused);
        }
        return new ServiceUnavailableException(
                "orders", "order " + id + " could not be placed: " + refused.getMessage(), refused);
    }

    /** Recovery may take the order now; if even that fails, it will once the lease runs out. */
    private void handOverQuietly(UUID id, UUID owner, RuntimeException failure) {
        try {
            leases.handOver(id, owner, Duration.ZERO);
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }
}
