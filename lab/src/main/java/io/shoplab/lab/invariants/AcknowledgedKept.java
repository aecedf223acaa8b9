package io.shoplab.lab.invariants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.shopapi.OrderSeen;
import io.shoplab.lab.shopapi.RequestRecord;

/**
 * Every order answered 201 to a client is still there, with the status it was answered with.
 *
 * @param requests the load's requests
 * @param orders {@code GET /api/orders/{id}} of (at least) every order answered 201, by id
 */
public record AcknowledgedKept(List<RequestRecord> requests, Map<String, OrderSeen> orders) {

    public static final String NAME = "acknowledged orders kept";

    public Finding check() {
        List<RequestRecord> answers =
                requests.stream().filter(RequestRecord::acknowledgesOrder).toList();
        Map<String, String> lost = new LinkedHashMap<>();
        for (RequestRecord answer : answers) {
            OrderSeen now = orders.get(answer.orderId());
            if (now == null || !answer.orderStatus().equals(now.status())) {
                lost.putIfAbsent(
                        answer.orderId(),
                        "answered " + answer.orderStatus() + ", now " + (now == null ? "not read" : now.describe()));
            }
        }
        if (lost.isEmpty()) {
            return Finding.held(NAME, answers.size() + " answers 201, each order still there as answered");
        }
        return Finding.broken(
                NAME,
                lost.size() + " acknowledged orders lost or changed: "
                        + Evidence.first(lost.entrySet().stream()
                                .map(entry -> entry.getKey() + " " + entry.getValue())
                                .toList()),
                Evidence.naming(requests, lost.keySet()));
    }
}
