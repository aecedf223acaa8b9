package io.shoplab.load.endpoints;

import static io.shoplab.load.endpoints.Json.array;
import static io.shoplab.load.endpoints.Json.element;
import static io.shoplab.load.endpoints.Json.field;
import static io.shoplab.load.endpoints.Json.integer;
import static io.shoplab.load.endpoints.Json.money;
import static io.shoplab.load.endpoints.Json.require;
import static io.shoplab.load.endpoints.Json.text;
import static io.shoplab.load.endpoints.Json.timestamp;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shoplab.load.endpoints.OrderRequest.ExpectedOutcome;

/** The {@code Order} body of API.md, checked against the order that was sent. */
final class OrderRules {

    private OrderRules() {}

    static void order(Map<String, Object> order, OrderRequest sent) {
        var id = text(order, "id");
        require(isUuid(id), "id is not a UUID: " + id);
        require(sent.customerId().equals(field(order, "customerId")), "customerId is not the one sent");
        require("EUR".equals(field(order, "currency")), "currency is not EUR: " + order.get("currency"));
        timestamp(order, "createdAt");
        outcome(text(order, "status"), order.get("rejectionReason"), sent.expectedOutcome());
        // lines are sent sorted by product id, so the echo is compared index by index
        var total = lines(array(order, "lines"), sent.lines());
        require(
                money(order, "total").compareTo(total) == 0,
                "total " + order.get("total") + " is not the sum of the lines " + total);
    }

    /**
     * One customer's first page: exactly the orders this virtual user placed (customer ids are fresh
     * per user, and an idempotent replay must not add one), newest first.
     */
    static void customerPage(Map<String, Object> body, String customerId, List<String> placedIds) {
        require(integer(body, "page") == 0, "page is " + body.get("page"));
        require(
                integer(body, "totalItems") == placedIds.size(),
                "totalItems is " + body.get("totalItems") + ", this customer placed " + placedIds.size());
        var items = array(body, "items");
        require(items.size() == placedIds.size(), items.size() + " items, placed " + placedIds.size());
        OffsetDateTime newer = null;
        for (int i = 0; i < items.size(); i++) {
            var order = element(items.get(i), "item " + i);
            require(placedIds.contains(text(order, "id")), "item " + i + " is an order this customer did not place");
            require(customerId.equals(field(order, "customerId")), "item " + i + " belongs to another customer");
            var createdAt = timestamp(order, "createdAt");
            require(newer == null || !createdAt.isAfter(newer), "items are not newest first");
            newer = createdAt;
        }
    }

    private static void outcome(String status, Object reason, ExpectedOutcome expected) {
        var answer = status + (reason == null ? "" : "/" + reason);
        var allowed = switch (expected) {
            case CONFIRMED -> List.of("CONFIRMED");
            case CONFIRMED_OR_OUT_OF_STOCK -> List.of("CONFIRMED", "REJECTED/OUT_OF_STOCK");
            case PAYMENT_DECLINED -> List.of("REJECTED/PAYMENT_DECLINED");
        };
        require(allowed.contains(answer), "answered " + answer + " where " + allowed + " is correct");
    }

    /** Checks that the lines echo what was ordered and returns their exact sum. */
    private static BigDecimal lines(List<Object> lines, List<OrderRequest.Line> sent) {
        require(lines.size() == sent.size(), lines.size() + " lines, sent " + sent.size());
        var total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            var line = element(lines.get(i), "line " + i);
            var expected = sent.get(i);
            require(integer(line, "productId") == expected.productId(), "line " + i + " has another product");
            require(integer(line, "quantity") == expected.quantity(), "line " + i + " has another quantity");
            total = total.add(money(line, "unitPrice").multiply(BigDecimal.valueOf(expected.quantity())));
        }
        return total;
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
