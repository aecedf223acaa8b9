package io.shoplab.lab.shopapi;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.LabException;
import tools.jackson.databind.JsonNode;

/**
 * The read-only operations endpoints the checks read on the app that runs the module (never through the
 * gateway): {@code /actuator/reservations} of the inventory, {@code /actuator/payments} of the payments. Read
 * strictly: an answer with a field missing, of the wrong type or disagreeing with {@code count} is an error,
 * never "no order" (an empty list read from a changed answer would pass every check made of it).
 */
public final class OperationsApi {

    private final String appUrl;

    /** @param appUrl the app's own base URL, such as {@code http://127.0.0.1:8085} */
    public OperationsApi(String appUrl) {
        this.appUrl = appUrl;
    }

    /** The orders whose stock is still held ({@code RESERVED}), oldest first: {@code {status, count, orderIds}}. */
    public List<String> held() {
        String url = appUrl + "/actuator/reservations";
        return ids(url, read(url));
    }

    /** The captured payments, by order id: {@code {status, count, orderIds, payments: [{orderId, amount, currency}]}}. */
    public Map<String, Capture> captured() {
        String url = appUrl + "/actuator/payments";
        JsonNode body = read(url);
        List<String> ids = ids(url, body);
        JsonNode payments = body.get("payments");
        if (payments == null || !payments.isArray() || payments.size() != ids.size()) {
            throw malformed(url, body, "no 'payments' list of " + ids.size());
        }
        Map<String, Capture> byOrder = new LinkedHashMap<>();
        for (JsonNode payment : payments) {
            JsonNode amount = payment.get("amount");
            if (amount == null || !amount.isNumber()) {
                throw malformed(url, body, "a payment without an amount");
            }
            String orderId = text(url, payment, "orderId");
            byOrder.put(orderId, new Capture(orderId, amount.decimalValue(), text(url, payment, "currency")));
        }
        if (!byOrder.keySet().equals(new HashSet<>(ids))) {
            throw malformed(url, body, "'payments' name other orders than 'orderIds'");
        }
        return byOrder;
    }

    private static JsonNode read(String url) {
        JsonNode body = Http.JSON.readTree(Http.retried(url, false).body());
        text(url, body, "status");
        return body;
    }

    private static List<String> ids(String url, JsonNode body) {
        JsonNode count = body.get("count");
        JsonNode ids = body.get("orderIds");
        if (count == null
                || !count.isIntegralNumber()
                || ids == null
                || !ids.isArray()
                || ids.size() != count.asInt()) {
            throw malformed(url, body, "no 'orderIds' list as long as its 'count'");
        }
        return ids.valueStream().map(JsonNode::asString).toList();
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
