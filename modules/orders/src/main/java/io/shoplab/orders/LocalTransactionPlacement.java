package io.shoplab.orders;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monolith's placement: stock, payment and order in one ACID transaction. Any failure rolls all
 * of it back, so there is never anything to compensate; a rejection still stores the order, because
 * inventory and payments undo their own part with savepoints.
 */
@Component
@ConditionalOnProperty(name = "shoplab.orders.placement", havingValue = "local-transaction", matchIfMissing = true)
class LocalTransactionPlacement implements OrderPlacement {

    private final OrderRepository orders;
    private final PlacementSteps steps;
    private final TransactionTemplate transaction;
    private final Duration timeout;

    LocalTransactionPlacement(
            OrderRepository orders,
            PlacementSteps steps,
            PlatformTransactionManager transactions,
            OrdersProperties properties) {
        this.orders = orders;
        this.steps = steps;
        this.transaction = new TransactionTemplate(transactions);
        this.timeout = properties.placementTimeout();
        this.transaction.setTimeout((int) timeout.toSeconds());
    }

    @Override
    public Order place(OrderDraft draft, Optional<IdempotencyKey> key) {
        return transaction.execute(tx -> {
            UUID id = UUID.randomUUID();
            UUID owner = UUID.randomUUID();
            // Stored first, so a concurrent request with the same key waits on it instead of placing twice.
            // Nobody else ever sees the pending order (the transaction hides it), so its lease is a formality.
            orders.insertPending(id, draft, key, owner, timeout);
            Outcome outcome = steps.run(id, draft, () -> {});
            orders.settlePending(id, owner, outcome.status(), outcome.reason());
            return orders.find(id).orElseThrow();
        });
    }
}
