package io.shoplab.lab.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.LabException;
import tools.jackson.databind.JsonNode;

/**
 * An answer of the operations endpoints {@code /actuator/reservations} and {@code /actuator/payments}, read
 * strictly: a field missing, of the wrong type or disagreeing with {@code count} is an error, never "no order"
 * (an empty list read from a changed answer would pass every check made of it).
 *
 * @param status the state asked for ({@code RESERVED}, {@code CAPTURED}, …)
 * @param orderIds the orders in that state, oldest first
 * @param payments for {@code /actuator/payments}: what each of those orders' payment is for, by order id; empty otherwise
 */
public record OrdersInState(String status, List<String> orderIds, Map<String, MoneyConservation.Capture> payments) {

    public OrdersInState {
        orderIds = List.copyOf(orderIds);
        payments = Map.copyOf(payments);
    }

    /** {@code {status, count, orderIds}}, as {@code /actuator/reservations} answers. */
    public static OrdersInState reservations(String url, JsonNode body) {
        return new OrdersInState(text(url, body, "status"), ids(url, body), Map.of());
    }

    /** {@code {status, count, orderIds, payments: [{orderId, amount, currency}]}}, as {@code /actuator/payments} answers. */
    public static OrdersInState payments(String url, JsonNode body) {
        List<String> ids = ids(url, body);
        JsonNode payments = body.get("payments");
        if (payments == null || !payments.isArray() || payments.size() != ids.size()) {
            throw malformed(url, body, "no 'payments' list of " + ids.size());
        }
        Map<String, MoneyConservation.Capture> byOrder = new LinkedHashMap<>();
        for (JsonNode payment : payments) {
            JsonNode amount = payment.get("amount");
            if (amount == null || !amount.isNumber()) {
                throw malformed(url, body, "a payment without an amount");
            }
            String orderId = text(url, payment, "orderId");
            byOrder.put(orderId, new MoneyConservation.Capture(orderId, amount.decimalValue(), text(url, payment, "currency")));
        }
        if (!byOrder.keySet().equals(new HashSet<>(ids))) {
            throw malformed(url, body, "'payments' name other orders than 'orderIds'");
        }
        return new OrdersInState(text(url, body, "status"), ids, byOrder);
    }

    private static List<String> ids(String url, JsonNode body) {
        JsonNode count = body.get("count");
        JsonNode ids = body.get("orderIds");
        if (count == null || !count.isIntegralNumber() || ids == null || !ids.isArray() || ids.size() != count.asInt()) {
            throw malformed(url, body, "no 'orderIds' list as long as its 'count'");
        }
        List<String> orderIds = new ArrayList<>();
        ids.forEach(id -> orderIds.add(id.asString()));
        return orderIds;
    }

    private static String text(String url, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw malformed(url, node, "no '" + field + "'");
        }
        return value.asString();
    }

    private static LabException malformed(String url, JsonNode body, String what) {
        String shown = body.toString();
        return new LabException(url + " answered without what the checks read (" + what + "): "
                + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown));
    }
}
