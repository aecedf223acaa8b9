package io.shoplab.orders;

import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import io.shoplab.platform.web.ServiceUnavailableException;

/**
 * The services' placement: a saga. The order is stored {@code PENDING} first (committed, so it
 * survives a crash), then each participant is called in its own transaction, keyed by the order id.
 * When a participant cannot answer, the caller gets a 503 and the order stays {@code PENDING} for
 * {@link SagaRecovery}, which finishes or undoes it once the participants answer again.
 */
@Component
@ConditionalOnProperty(name = "shoplab.orders.placement", havingValue = "saga")
class SagaPlacement implements OrderPlacement {

    private final OrderRepository orders;
    private final PlacementSteps steps;

    SagaPlacement(OrderRepository orders, PlacementSteps steps) {
        this.orders = orders;
        this.steps = steps;
    }

    @Override
    public Order place(OrderDraft draft, Optional<IdempotencyKey> key) {
        UUID id = UUID.randomUUID();
        orders.insertPending(id, draft, key, LocalTransactionPlacement.now());
        Outcome outcome = steps.run(id, draft);
        if (!orders.settlePending(id, outcome.status(), outcome.reason())) {
            // Recovery took the order over meanwhile (we were slower than its threshold): its word is final.
            throw new ServiceUnavailableException("orders", "order " + id + " was settled by recovery", null);
        }
        return orders.find(id).orElseThrow();
    }
}
