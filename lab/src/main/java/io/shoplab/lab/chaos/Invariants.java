package io.shoplab.lab.chaos;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.shoplab.lab.experiment.MoneyConservation;
import tools.jackson.databind.JsonNode;

/**
 * The checks after a run, as pure functions of the run's history and what the shop said once quiet
 * (stock conservation is {@link io.shoplab.lab.experiment.StockConservation}'s, the money rule
 * {@link MoneyConservation}'s, the same as the experiments'). Each broken rule becomes
 * a {@link Violation} naming the first offending history entries.
 */
final class Invariants {

    static final String STOCK = "stock conserved";
    static final String HALF_DONE = "no order half-done";
    static final String ACKNOWLEDGED = "acknowledged orders kept";
    static final String IDEMPOTENT = "idempotent retries";
    static final String MONEY = "money conserved";
    static final List<String> ALL = List.of(STOCK, MONEY, HALF_DONE, ACKNOWLEDGED, IDEMPOTENT);
    private static final int SHOWN = 5;

    private Invariants() {
    }

    /** No stock stays reserved once quiet (a payment left captured for an order not CONFIRMED breaks {@link #money}). */
    static List<Violation> halfDone(List<RequestRecord> requests, ShopState state) {
        if (state.heldReservations().isEmpty()) {
            return List.of();
        }
        Set<String> held = new TreeSet<>(state.heldReservations());
        return List.of(new Violation(HALF_DONE, held.size() + " orders still hold stock once quiet: " + first(held),
                evidence(requests, held)));
    }

    /**
     * Every captured payment belongs to a CONFIRMED order and is for its total, every CONFIRMED order has its capture:
     * {@link MoneyConservation#problems}, over the orders the observer read.
     */
    static List<Violation> money(List<RequestRecord> requests, ShopState state) {
        List<MoneyConservation.Problem> problems = MoneyConservation.problems(state.capturedPayments(), state.moneyOrders());
        if (problems.isEmpty()) {
            return List.of();
        }
        return List.of(new Violation(MONEY, problems.size() + " payments off: " + first(problems.stream().map(Object::toString).toList()),
                evidence(requests, problems.stream().map(MoneyConservation.Problem::orderId).toList())));
    }

    /** Every order answered 201 to a client is still there, with the status it was answered with. */
    static List<Violation> acknowledged(List<RequestRecord> requests, ShopState state) {
        Map<String, String> lost = new LinkedHashMap<>();
        for (RequestRecord answer : orderAnswers(requests)) {
            ShopState.OrderLookup now = state.orders().get(answer.orderId());
            if (now == null || now.httpStatus() != 200 || !answer.orderStatus().equals(now.status())) {
                lost.putIfAbsent(answer.orderId(), "answered " + answer.orderStatus() + ", now " + (now == null ? "not read" : now.describe()));
            }
        }
        if (lost.isEmpty()) {
            return List.of();
        }
        return List.of(new Violation(ACKNOWLEDGED, lost.size() + " acknowledged orders lost or changed: "
                + first(lost.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).toList()),
                evidence(requests, lost.keySet())));
    }

    /**
     * A key never placed more than one order: every 201 for a key carries the same order (the whole body),
     * no attempt was refused 422 as "a different request", and each customer's list holds at most one
     * order per key, the very one the key was answered with, and none that no key asked for.
     */
    static List<Violation> idempotent(List<RequestRecord> requests, List<OrderIntent> intents, ShopState state) {
        List<Violation> violations = new ArrayList<>();
        Map<String, List<RequestRecord>> byKey = requests.stream().filter(request -> request.idempotencyKey() != null)
                .sorted(Comparator.comparingInt(RequestRecord::attempt))
                .collect(Collectors.groupingBy(RequestRecord::idempotencyKey, LinkedHashMap::new, Collectors.toList()));
        List<RequestRecord> differing = new ArrayList<>();
        List<RequestRecord> refused = new ArrayList<>();
        byKey.values().forEach(attempts -> {
            List<RequestRecord> created = attempts.stream().filter(attempt -> attempt.status() == 201).toList();
            created.stream().skip(1).filter(later -> !Objects.equals(later.order(), created.get(0).order()))
                    .findFirst().ifPresent(later -> differing.addAll(List.of(created.get(0), later)));
            attempts.stream().filter(attempt -> attempt.status() == 422).forEach(refused::add);
        });
        if (!differing.isEmpty()) {
            violations.add(new Violation(IDEMPOTENT, differing.size() / 2 + " keys answered 201 with different orders",
                    lines(differing)));
        }
        if (!refused.isEmpty()) {
            violations.add(new Violation(IDEMPOTENT, refused.size() + " retries with the same key and body refused 422", lines(refused)));
        }
        List<String> listed = new ArrayList<>();
        Map<String, OrderIntent> intentsByCustomerAndLines = intents.stream()
                .collect(Collectors.toMap(intent -> intent.customerId() + "|" + intent.fingerprint(), intent -> intent, (a, b) -> a));
        state.ordersByCustomer().forEach((customer, orders) -> {
            Map<String, List<JsonNode>> byLines = orders.stream()
                    .collect(Collectors.groupingBy(order -> customer + "|" + OrderIntent.fingerprintOf(order), LinkedHashMap::new, Collectors.toList()));
            byLines.forEach((lines, sameLines) -> {
                OrderIntent intent = intentsByCustomerAndLines.get(lines);
                if (intent == null) {
                    sameLines.forEach(order -> listed.add("order no key asked for: " + order));
                    return;
                }
                if (sameLines.size() > 1) {
                    listed.add("key " + intent.key() + " placed " + sameLines.size() + " orders: "
                            + sameLines.stream().map(order -> order.path("id").asString()).toList());
                }
                byKey.getOrDefault(intent.key(), List.of()).stream().filter(attempt -> attempt.status() == 201).findFirst()
                        .filter(answer -> sameLines.stream().noneMatch(order -> order.path("id").asString().equals(answer.orderId())))
                        .ifPresent(answer -> listed.add("key " + intent.key() + " was answered " + answer.orderId() + ", the list shows "
                                + sameLines.stream().map(order -> order.path("id").asString()).toList()));
            });
        });
        if (!listed.isEmpty()) {
            violations.add(new Violation(IDEMPOTENT, listed.size() + " keys with other than the one order they were answered with",
                    listed.subList(0, Math.min(SHOWN, listed.size()))));
        }
        return violations;
    }

    /**
     * Orders that exist although no attempt of their key was answered 201: the client saw only failures
     * (a 503, a timeout) and gave up, yet the order was placed (or finished by the saga's recovery). Not a
     * broken rule with an idempotency key, but what a client without one would have ordered twice.
     */
    static long placedWithoutAnswer(List<RequestRecord> requests, List<OrderIntent> intents, ShopState state) {
        Set<String> answered = orderAnswers(requests).stream().map(RequestRecord::idempotencyKey)
                .collect(Collectors.toSet());
        Set<String> listed = new HashSet<>();
        state.ordersByCustomer().forEach((customer, orders) ->
                orders.forEach(order -> listed.add(customer + "|" + OrderIntent.fingerprintOf(order))));
        return intents.stream().filter(intent -> !answered.contains(intent.key()))
                .filter(intent -> listed.contains(intent.customerId() + "|" + intent.fingerprint())).count();
    }

    /** The 201 answers to orders, first attempt first. */
    static List<RequestRecord> orderAnswers(List<RequestRecord> requests) {
        return requests.stream().filter(request -> request.journey() == Journey.ORDER && request.status() == 201
                && request.orderId() != null).toList();
    }

    /** The first history entries that name any of the orders; the ids themselves when no entry does. */
    private static List<String> evidence(List<RequestRecord> requests, Collection<String> orderIds) {
        List<String> lines = lines(requests.stream().filter(request -> orderIds.contains(request.orderId())).toList());
        return lines.isEmpty() ? List.of("no request of this run was answered with " + first(orderIds)) : lines;
    }

    private static List<String> lines(List<RequestRecord> records) {
        return records.stream().limit(SHOWN).map(History::line).toList();
    }

    private static String first(Collection<String> items) {
        return items.stream().limit(SHOWN).collect(Collectors.joining(", ")) + (items.size() > SHOWN ? ", …" : "");
    }
}
