package io.shoplab.load.endpoints;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.shoplab.load.events.RequestEvents;

/**
 * Order calls. They read the {@link OrderRequest} under {@link #ORDER_REQUEST}; placing writes the
 * answer's id, status and {@code Location} under {@link #ORDER_ID}, {@link #ORDER_STATUS} and
 * {@link #ORDER_LOCATION}.
 */
public final class OrderEndpoints {

    public static final String ORDER_REQUEST = "orderRequest";
    public static final String ORDER_ID = "orderId";
    public static final String ORDER_STATUS = "orderStatus";
    /** The {@code Location} of the placed order, followed by {@link #getOrder()}. */
    public static final String ORDER_LOCATION = "orderLocation";
    /** Read by {@link #listCustomerOrders}: the ids of every order this user placed. */
    public static final String PLACED_ORDER_IDS = "placedOrderIds";

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}";

    private OrderEndpoints() {}

    /** {@code POST /api/orders}: 201, the outcome the request allows, {@code Location} of the order. */
    public static ChainBuilder placeOrder() {
        return RequestEvents.recorded(
                "place order",
                http("place order")
                        .post("/api/orders")
                        .body(StringBody(session -> request(session).json()))
                        .check(placedOrderChecks()));
    }

    /** The same call with an {@code Idempotency-Key}, named apart: the key costs a look-up. */
    public static ChainBuilder placeOrderWithKey() {
        return RequestEvents.recorded(
                "place order with key",
                http("place order with key")
                        .post("/api/orders")
                        .header(
                                "Idempotency-Key",
                                session -> request(session).idempotencyKey().orElseThrow())
                        .body(StringBody(session -> request(session).json()))
                        .check(placedOrderChecks()));
    }

    /** The same key and body again: 201 with the first answer (same id, same status), nothing new. */
    public static ChainBuilder replayOrder() {
        return RequestEvents.recorded(
                "replay order",
                http("replay order")
                        .post("/api/orders")
                        .header(
                                "Idempotency-Key",
                                session -> request(session).idempotencyKey().orElseThrow())
                        .body(StringBody(session -> request(session).json()))
                        .check(
                                status().is(201),
                                orderBody(),
                                sameAsSaved("$.id", ORDER_ID, "order id of the first answer"),
                                sameAsSaved("$.status", ORDER_STATUS, "status of the first answer")));
    }

    /**
     * {@code GET /api/orders/{id}}, reached by following the placement's {@code Location} as a client
     * would (which proves the header right): 200 with the order as it was placed.
     */
    public static ChainBuilder getOrder() {
        return RequestEvents.recorded(
                "get order",
                http("get order")
                        .get("#{" + ORDER_LOCATION + "}")
                        .check(
                                status().is(200),
                                orderBody(),
                                sameAsSaved("$.id", ORDER_ID, "id of the placed order"),
                                sameAsSaved("$.status", ORDER_STATUS, "status of the placed order")));
    }

    /** {@code GET /api/orders?customerId&page=0&size=20}: exactly this user's orders, newest first. */
    public static ChainBuilder listCustomerOrders() {
        return RequestEvents.recorded(
                "list customer orders",
                http("list customer orders")
                        .get("/api/orders")
                        .queryParam("customerId", session -> request(session).customerId())
                        .queryParam("page", 0)
                        .queryParam("size", 20)
                        .check(
                                status().is(200),
                                jsonPath("$").ofMap().validate("customer orders body", (body, session) -> {
                                    List<String> placed = session.getList(PLACED_ORDER_IDS);
                                    OrderRules.customerPage(
                                            body, request(session).customerId(), placed);
                                    return body;
                                })));
    }

    private static CheckBuilder[] placedOrderChecks() {
        return new CheckBuilder[] {
            status().is(201),
            orderBody(),
            jsonPath("$.id").saveAs(ORDER_ID),
            jsonPath("$.status").saveAs(ORDER_STATUS),
            // relative, as decided for both stacks: an absolute URL through the gateway would leak a
            // service's host; the id is masked so that every wrong shape is one row of the error table
            header("Location")
                    .transform(location -> location.replaceAll(UUID_PATTERN, "{id}"))
                    .is("/api/orders/{id}")
                    .name("Location shape"),
            header("Location").saveAs(ORDER_LOCATION)
        };
    }

    /** Compares a field with a value saved from an earlier answer, reporting no ids on mismatch. */
    private static CheckBuilder sameAsSaved(String path, String sessionKey, String what) {
        return jsonPath(path)
                .transformWithSession((value, session) -> value.equals(session.get(sessionKey)) ? "same" : "different")
                .is("same")
                .name(what);
    }

    private static CheckBuilder orderBody() {
        return jsonPath("$").ofMap().validate("order body", (body, session) -> {
            OrderRules.order(body, request(session));
            return body;
        });
    }

    private static OrderRequest request(Session session) {
        return session.get(ORDER_REQUEST);
    }
}
