package io.shoplab.inventory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import io.shoplab.platform.ModuleFacade;
import io.shoplab.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inventory module's only entry. Reservations are keyed by order id and idempotent: the same
 * call twice has the effect of one, which lets a saga retry them safely.
 */
@ModuleFacade(module = "inventory")
public class Inventory {

    private final StockRepository stock;
    private final ReservationRepository reservations;
    private final TransactionTemplate nested;

    Inventory(StockRepository stock, ReservationRepository reservations, PlatformTransactionManager transactions) {
        this.stock = stock;
        this.reservations = reservations;
        // NESTED: inside the monolith's order transaction a failed reservation rolls back to a
        // savepoint only, so the rejected order can still be stored; on its own it is a plain transaction.
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** @throws NotFoundException when the product has no stock record */
    public StockLevel stockOf(long productId) {
        return stock.find(productId).orElseThrow(() -> new NotFoundException("No product " + productId));
    }

    /**
     * Holds the items for the order, all or none. Calling it again for the same order answers what
     * the first call decided; after {@link #release} it answers {@code RELEASED} and holds nothing.
     */
    public ReservationStatus reserve(UUID orderId, List<StockItem> items) {
        return firstDecisionFor(orderId, () -> {
            // Empty: refused by this very call (an earlier decision, OUT_OF_STOCK included, is answered as is).
            Optional<ReservationStatus> decided = nested.execute(tx -> {
                Optional<ReservationStatus> earlier = reservations.statusOf(orderId);
                if (earlier.isPresent()) {
                    return earlier;
                }
                Map<Long, Integer> perProduct = totalsPerProduct(items);
                // In product order, so concurrent reservations lock rows in the same order and never deadlock.
                for (var item : perProduct.entrySet()) {
                    if (!stock.reserve(item.getKey(), item.getValue())) {
                        tx.setRollbackOnly();
                        return Optional.<ReservationStatus>empty();
                    }
                }
                reservations.insert(orderId, ReservationStatus.RESERVED, perProduct);
                return Optional.of(ReservationStatus.RESERVED);
            });
            if (decided.isPresent()) {
                return decided.get();
            }
            // Recorded after the rollback above, so a retry gets the same answer.
            nested.executeWithoutResult(tx -> reservations.insert(orderId, ReservationStatus.OUT_OF_STOCK, Map.of()));
            return ReservationStatus.OUT_OF_STOCK;
        });
    }

    /** Turns the order's hold into a sale. Idempotent; a no-op unless the order holds stock. */
    public ReservationStatus commit(UUID orderId) {
        return nested.execute(tx -> settle(orderId, ReservationStatus.COMMITTED));
    }

    /**
     * Gives the order's hold back. Idempotent. Releasing an order that never reserved leaves a
     * marker, so a reservation arriving late (a retried call overtaken by its compensation) holds nothing.
     * A release always wins over a reservation of the same order: it answers {@code RELEASED} (or
     * {@code OUT_OF_STOCK}: nothing was held), and {@code COMMITTED} only when the order was sold first.
     */
    public ReservationStatus release(UUID orderId) {
        try {
            return nested.execute(tx -> giveBack(orderId));
        } catch (DuplicateKeyException reservationCameFirst) {
            // A reservation recorded itself between our look and our marker: now there is a hold to give back.
            return nested.execute(tx -> giveBack(orderId));
        }
    }

    private ReservationStatus giveBack(UUID orderId) {
        if (reservations.lockStatusOf(orderId).isEmpty()) {
            reservations.insert(orderId, ReservationStatus.RELEASED, Map.of());
            return ReservationStatus.RELEASED;
        }
        return settle(orderId, ReservationStatus.RELEASED);
    }

    /** The order's reservation, if any: for checks that no hold outlives its order. */
    public Optional<ReservationStatus> reservationOf(UUID orderId) {
        return reservations.statusOf(orderId);
    }

    /**
     * Runs a call that records the order's first decision. Two calls for one order at the same moment
     * (a retry overtaking a slow first call) both try to record it; the one that loses the race rolls
     * back its savepoint and answers what the winner decided, as any later call would.
     */
    private ReservationStatus firstDecisionFor(UUID orderId, Supplier<ReservationStatus> call) {
        try {
            return call.get();
        } catch (DuplicateKeyException lostTheRace) {
            return reservations.statusOf(orderId).orElseThrow(() -> lostTheRace);
        }
    }

    private ReservationStatus settle(UUID orderId, ReservationStatus outcome) {
        Optional<ReservationStatus> current = reservations.lockStatusOf(orderId);
        if (current.isEmpty() || current.get() != ReservationStatus.RESERVED) {
            return current.orElse(outcome);
        }
        reservations.itemsOf(orderId).forEach((productId, quantity) -> {
            if (outcome == ReservationStatus.COMMITTED) {
                stock.commit(productId, quantity);
            } else {
                stock.release(productId, quantity);
            }
        });
        reservations.updateStatus(orderId, outcome);
        return outcome;
    }

    private static Map<Long, Integer> totalsPerProduct(List<StockItem> items) {
        Map<Long, Integer> totals = new TreeMap<>(Comparator.naturalOrder());
        items.forEach(item -> totals.merge(item.productId(), item.quantity(), Integer::sum));
        return totals;
    }
}
