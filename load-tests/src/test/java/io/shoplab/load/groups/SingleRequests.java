package io.shoplab.load.groups;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;

import java.util.Arrays;
import java.util.UUID;

import io.gatling.javaapi.core.ChainBuilder;
import io.shoplab.load.Config;
import io.shoplab.load.endpoints.DegradedAnswers;
import io.shoplab.load.endpoints.OrderEndpoints;
import io.shoplab.load.endpoints.ProductEndpoints;
import io.shoplab.load.events.RequestEvents;

/**
 * One request of one kind per user, answers checked as in the journeys: what the capacity probe
 * offers at a stepped rate. A degraded product page counts as failed (the probe measures the whole page).
 */
public enum SingleRequests {

    /** {@code GET /api/products/{id}}, hot products more often. */
    PRODUCT,
    /** {@code GET /api/products?page&size}, pages of 5 to 100 products. */
    LISTING,
    /** {@code POST /api/orders} of one to three plentiful products, by a new customer: always CONFIRMED. */
    ORDER;

    public static SingleRequests named(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "target must be one of " + Arrays.toString(values()) + ", was '" + name + "'"));
    }

    public ChainBuilder chain(Config config, DegradedAnswers degradedAnswers) {
        return exec(RequestEvents::arrived)
                .exec(
                        switch (this) {
                            case PRODUCT ->
                                feed(CatalogFeeders.productIds(config))
                                        .exec(ProductEndpoints.productDetail(true, degradedAnswers));
                            case LISTING ->
                                feed(CatalogFeeders.startPages(config))
                                        .exec(ProductEndpoints.listProducts(config.productCount()));
                            case ORDER ->
                                exec(session -> Ordering.newCustomer(session, "bench-" + UUID.randomUUID()))
                                        .exec(session -> session.set(
                                                OrderEndpoints.ORDER_REQUEST,
                                                OrderRequests.plentiful(
                                                        config, session.getString(Ordering.CUSTOMER_ID))))
                                        .exec(OrderEndpoints.placeOrder());
                        });
    }
}
