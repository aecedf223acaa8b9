package io.shoplab.load.groups;

import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.shoplab.load.Config;
import io.shoplab.load.endpoints.OrderEndpoints;
import io.shoplab.load.endpoints.OrderRequest;
import io.shoplab.load.events.RequestEvents;

/**
 * A buyer with a fresh customer id: places a few orders (some with an idempotency key, replayed
 * once), reads each back, then lists its orders and finds exactly those.
 */
public final class Ordering {

    static final String CUSTOMER_ID = "customerId";

    private Ordering() {}

    public static ChainBuilder shop(Config config) {
        return exec(session -> newCustomer(session, "load-" + UUID.randomUUID()))
                .repeat(config.ordersPerUser())
                .on(exec(session -> session.set(
                                OrderEndpoints.ORDER_REQUEST,
                                OrderRequests.next(config, session.getString(CUSTOMER_ID))))
                        .exec(placeOnce())
                        // without an order id there is nothing to read back, and the count would be unknown
                        .exitHereIfFailed()
                        .exec(Ordering::rememberPlacedOrder)
                        .exec(ThinkTime.of(config))
                        .exec(OrderEndpoints.getOrder())
                        .exec(ThinkTime.of(config)))
                .exec(OrderEndpoints.listCustomerOrders());
    }

    static Session newCustomer(Session session, String customerId) {
        return RequestEvents.customer(session, customerId)
                .set(CUSTOMER_ID, customerId)
                .set(OrderEndpoints.PLACED_ORDER_IDS, List.of());
    }

    private static ChainBuilder placeOnce() {
        return doIfOrElse(Ordering::hasIdempotencyKey)
                .then(exec(OrderEndpoints.placeOrderWithKey())
                        .exitHereIfFailed()
                        .exec(OrderEndpoints.replayOrder()))
                .orElse(exec(OrderEndpoints.placeOrder()));
    }

    private static boolean hasIdempotencyKey(Session session) {
        return session.<OrderRequest>get(OrderEndpoints.ORDER_REQUEST)
                .idempotencyKey()
                .isPresent();
    }

    private static Session rememberPlacedOrder(Session session) {
        var placed = new ArrayList<String>(session.getList(OrderEndpoints.PLACED_ORDER_IDS));
        placed.add(session.getString(OrderEndpoints.ORDER_ID));
        return session.set(OrderEndpoints.PLACED_ORDER_IDS, List.copyOf(placed));
    }
}
