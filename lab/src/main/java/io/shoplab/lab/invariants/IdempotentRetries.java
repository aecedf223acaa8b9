package io.shoplab.lab.invariants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.shoplab.lab.shopapi.OrderIntent;
import io.shoplab.lab.shopapi.RequestRecord;
import tools.jackson.databind.JsonNode;

/**
 * A key never placed more than one order: every 201 for a key carries the same order (the whole body), no
 * attempt was refused 422 as "a different request", and each customer's list holds at most one order per key,
 * the very one the key was answered with, and none that no key asked for. A customer's intents never share their
 * lines, so each listed order is traced back to the one key that could have placed it.
 *
 * @param requests the load's requests, every attempt of every key
 * @param intents the orders the load's customers wanted placed
 * @param ordersByCustomer every order in the list of each of the load's customers ({@code GET /api/orders?customerId=…})
 */
public record IdempotentRetries(
        List<RequestRecord> requests, List<OrderIntent> intents, Map<String, List<JsonNode>> ordersByCustomer) {

    public static final String NAME = "idempotent retries";

    public Finding check() {
        List<String> broken = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        Map<String, List<RequestRecord>> byKey = attemptsByKey();
        List<RequestRecord> differing = new ArrayList<>();
        List<RequestRecord> refused = new ArrayList<>();
        byKey.values().forEach(attempts -> {
            List<RequestRecord> created =
                    attempts.stream().filter(attempt -> attempt.status() == 201).toList();
            created.stream()
                    .skip(1)
                    .filter(later ->
                            !Objects.equals(later.order(), created.get(0).order()))
                    .findFirst()
                    .ifPresent(later -> differing.addAll(List.of(created.get(0), later)));
            attempts.stream().filter(attempt -> attempt.status() == 422).forEach(refused::add);
        });
        if (!differing.isEmpty()) {
            broken.add(differing.size() / 2 + " keys answered 201 with different orders");
            evidence.addAll(Evidence.lines(differing));
        }
        if (!refused.isEmpty()) {
            broken.add(refused.size() + " retries with the same key and body refused 422");
            evidence.addAll(Evidence.lines(refused));
        }
        List<String> listed = listedOtherwise(byKey);
        if (!listed.isEmpty()) {
            broken.add(listed.size() + " keys with other than the one order they were answered with");
            evidence.addAll(listed.subList(0, Math.min(Evidence.SHOWN, listed.size())));
        }
        return broken.isEmpty()
                ? Finding.held(NAME, byKey.size() + " keys, each one order")
                : Finding.broken(NAME, String.join("; ", broken), evidence);
    }

    /**
     * Orders that exist although no attempt of their key was answered 201: the client saw only failures
     * (a 503, a timeout) and gave up, yet the order was placed (or finished by the saga's recovery). Not a
     * broken rule with an idempotency key, but what a client without one would have ordered twice.
     */
    public long placedWithoutAnswer() {
        Set<String> answered = requests.stream()
                .filter(RequestRecord::acknowledgesOrder)
                .map(RequestRecord::idempotencyKey)
                .collect(Collectors.toSet());
        Set<String> listed = new HashSet<>();
        ordersByCustomer.forEach((customer, orders) ->
                orders.forEach(order -> listed.add(customer + "|" + OrderIntent.fingerprintOf(order))));
        return intents.stream()
                .filter(intent -> !answered.contains(intent.key()))
                .filter(intent -> listed.contains(intent.customerId() + "|" + intent.fingerprint()))
                .count();
    }

    private Map<String, List<RequestRecord>> attemptsByKey() {
        return requests.stream()
                .filter(request -> request.idempotencyKey() != null)
                .sorted(Comparator.comparingInt(RequestRecord::attempt))
                .collect(Collectors.groupingBy(RequestRecord::idempotencyKey, LinkedHashMap::new, Collectors.toList()));
    }

    /** Each customer's list against the keys: an order no key asked for, a key with several orders or another one than answered. */
    private List<String> listedOtherwise(Map<String, List<RequestRecord>> byKey) {
        List<String> listed = new ArrayList<>();
        Map<String, OrderIntent> intentsByCustomerAndLines = intents.stream()
                .collect(Collectors.toMap(
                        intent -> intent.customerId() + "|" + intent.fingerprint(), intent -> intent, (a, b) -> a));
        ordersByCustomer.forEach((customer, orders) -> {
            Map<String, List<JsonNode>> byLines = orders.stream()
                    .collect(Collectors.groupingBy(
                            order -> customer + "|" + OrderIntent.fingerprintOf(order),
                            LinkedHashMap::new,
                            Collectors.toList()));
            byLines.forEach((lines, sameLines) -> {
                OrderIntent intent = intentsByCustomerAndLines.get(lines);
                if (intent == null) {
                    sameLines.forEach(order -> listed.add("order no key asked for: " + order));
                    return;
                }
                List<String> ids = sameLines.stream()
                        .map(order -> order.path("id").asString())
                        .toList();
                if (sameLines.size() > 1) {
                    listed.add("key " + intent.key() + " placed " + sameLines.size() + " orders: " + ids);
                }
                byKey.getOrDefault(intent.key(), List.of()).stream()
                        .filter(attempt -> attempt.status() == 201)
                        .findFirst()
                        .filter(answer -> !ids.contains(answer.orderId()))
                        .ifPresent(answer -> listed.add("key " + intent.key() + " was answered " + answer.orderId()
                                + ", the list shows " + ids));
            });
        });
        return listed;
    }
}
