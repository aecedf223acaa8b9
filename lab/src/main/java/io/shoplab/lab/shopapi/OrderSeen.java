package io.shoplab.lab.shopapi;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

/**
 * An order as the public API shows it.
 *
 * @param status {@code CONFIRMED} or {@code REJECTED}; {@code null} when the shop does not know the order
 */
public record OrderSeen(String orderId, String status, BigDecimal total, String currency) {

    public static OrderSeen unknown(String orderId) {
        return new OrderSeen(orderId, null, null, null);
    }

    /** From an order of {@code GET /api/orders[/{id}]}. */
    public static OrderSeen of(JsonNode order) {
        return new OrderSeen(
                order.path("id").asString(),
                order.path("status").asString(),
                order.path("total").decimalValue(),
                order.path("currency").asString());
    }

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }

    public String describe() {
        return status == null ? "unknown to the shop" : status + " " + total.toPlainString() + " " + currency;
    }
}
