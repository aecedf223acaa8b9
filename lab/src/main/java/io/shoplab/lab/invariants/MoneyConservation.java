package io.shoplab.lab.invariants;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.shoplab.lab.shopapi.Capture;
import io.shoplab.lab.shopapi.OrderSeen;
import io.shoplab.lab.shopapi.RequestRecord;

/**
 * The money rule: every captured payment belongs to a {@code CONFIRMED} order and is for its total, in its
 * currency; every {@code CONFIRMED} order has its payment captured (the payments module keeps one payment per
 * order, so that is exactly one capture); so nothing stays captured for a {@code REJECTED} order or one the shop
 * does not know. Read once the shop is quiet: a placement under way has captured before it confirms. Without a
 * {@code CONFIRMED} order among those given, money untouched proves nothing: that fails as not tested.
 *
 * @param captured the captured payments to account for, by order id
 * @param orders the orders to account for; a capture whose order is not among them breaks the rule
 *               (the caller reads the order of every capture it gives)
 * @param requests the load's requests, to show those that name an order whose money is off; none when not kept
 */
public record MoneyConservation(
        Map<String, Capture> captured, Collection<OrderSeen> orders, List<RequestRecord> requests) {

    public static final String NAME = "money conserved";

    public Finding check() {
        Map<String, OrderSeen> byId = new HashMap<>();
        orders.forEach(order -> byId.put(order.orderId(), order));
        Map<String, String> off = new LinkedHashMap<>();
        for (Capture capture : new TreeMap<>(captured).values()) {
            OrderSeen order = byId.getOrDefault(capture.orderId(), OrderSeen.unknown(capture.orderId()));
            String taken = capture.amount().toPlainString() + " " + capture.currency();
            if (!order.confirmed()) {
                off.put(capture.orderId(), taken + " captured for an order " + order.describe());
            } else if (order.total().compareTo(capture.amount()) != 0
                    || !order.currency().equals(capture.currency())) {
                off.put(
                        capture.orderId(),
                        taken + " captured for an order of " + order.total().toPlainString() + " " + order.currency());
            }
        }
        byId.values().stream()
                .filter(OrderSeen::confirmed)
                .filter(order -> !captured.containsKey(order.orderId()))
                .sorted(Comparator.comparing(OrderSeen::orderId))
                .forEach(order -> off.put(
                        order.orderId(),
                        "CONFIRMED (" + order.total().toPlainString() + " " + order.currency()
                                + ") without a captured payment"));
        long confirmed = byId.values().stream().filter(OrderSeen::confirmed).count();
        if (!off.isEmpty()) {
            return Finding.broken(
                    NAME,
                    off.size() + " payments off: "
                            + Evidence.first(off.entrySet().stream()
                                    .map(entry -> entry.getKey() + ": " + entry.getValue())
                                    .toList()),
                    Evidence.naming(requests, off.keySet()));
        }
        if (confirmed == 0) {
            return Finding.broken(
                    NAME, "not tested: no order was CONFIRMED, so no money was taken to account for", List.of());
        }
        return Finding.held(
                NAME,
                confirmed + " CONFIRMED orders, each captured once for its total; " + (byId.size() - confirmed)
                        + " others, none captured");
    }
}
