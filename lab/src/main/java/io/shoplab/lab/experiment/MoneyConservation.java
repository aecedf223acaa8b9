package io.shoplab.lab.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.shoplab.lab.report.InvariantCheck;
import tools.jackson.databind.JsonNode;

/**
 * The money rule: every captured payment belongs to a {@code CONFIRMED} order and is for its total, in its
 * currency; every {@code CONFIRMED} order has its payment captured (the payments module keeps one payment per
 * order, so that is exactly one capture); so nothing stays captured for a {@code REJECTED} order or one the shop
 * does not know. {@link #problems} is the rule, for the experiments (through {@link #check}) and the chaos campaigns.
 * Read once the shop is quiet: a placement under way has captured before it confirms.
 */
public final class MoneyConservation {

    public static final String NAME = "money: captured = CONFIRMED totals";
    private static final int SHOWN = 5;

    /** What {@code /actuator/payments} says was captured for an order. */
    public record Capture(String orderId, BigDecimal amount, String currency) {
    }

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
            return new OrderSeen(order.path("id").asString(), order.path("status").asString(), order.path("total").decimalValue(),
                    order.path("currency").asString());
        }

        boolean confirmed() {
            return "CONFIRMED".equals(status);
        }

        String describe() {
            return status == null ? "unknown to the shop" : status + " " + total.toPlainString() + " " + currency;
        }
    }

    /** One order whose money is off, and how. */
    public record Problem(String orderId, String detail) {

        @Override
        public String toString() {
            return orderId + ": " + detail;
        }
    }

    private final ShopApi shop;
    private final OperationsApi operations;

    /** @param paymentsApp where the app that runs the payments module answers its operations endpoints */
    public MoneyConservation(String baseUrl, String paymentsApp) {
        this.shop = new ShopApi(baseUrl);
        this.operations = new OperationsApi(paymentsApp);
    }

    /**
     * The broken parts of the rule, one per order, over the captures given and the orders given; a capture whose order
     * is not among them breaks it too (the caller must read the order of every capture it gives).
     */
    public static List<Problem> problems(Map<String, Capture> captured, Collection<OrderSeen> orders) {
        Map<String, OrderSeen> byId = new HashMap<>();
        orders.forEach(order -> byId.put(order.orderId(), order));
        List<Problem> problems = new ArrayList<>();
        for (Capture capture : new TreeMap<>(captured).values()) {
            OrderSeen order = byId.getOrDefault(capture.orderId(), OrderSeen.unknown(capture.orderId()));
            String taken = capture.amount().toPlainString() + " " + capture.currency();
            if (!order.confirmed()) {
                problems.add(new Problem(capture.orderId(), taken + " captured for an order " + order.describe()));
            } else if (order.total().compareTo(capture.amount()) != 0 || !order.currency().equals(capture.currency())) {
                problems.add(new Problem(capture.orderId(), taken + " captured for an order of " + order.total().toPlainString() + " "
                        + order.currency()));
            }
        }
        byId.values().stream().filter(OrderSeen::confirmed).filter(order -> !captured.containsKey(order.orderId()))
                .sorted(Comparator.comparing(OrderSeen::orderId))
                .map(order -> new Problem(order.orderId(), "CONFIRMED (" + order.total().toPlainString() + " " + order.currency()
                        + ") without a captured payment"))
                .forEach(problems::add);
        return problems;
    }

    /** The orders captured now: taken before a load, so that captures from earlier loads are left out of its check. */
    public Set<String> capturedNow() {
        return operations.captured().keySet();
    }

    /**
     * After a load, once the shop is quiet: the rule over every order of the load's customers and every capture made
     * since {@code capturedBefore}. Fails when none of those orders was {@code CONFIRMED}: money untouched proves nothing.
     */
    public InvariantCheck check(Set<String> capturedBefore, List<String> customers) {
        Map<String, Capture> captured = operations.captured();
        Map<String, OrderSeen> orders = new HashMap<>();
        customers.forEach(customer -> shop.orders(customer).forEach(order -> orders.put(order.orderId(), order)));
        Map<String, Capture> inScope = new HashMap<>();
        captured.forEach((orderId, capture) -> {
            if (orders.containsKey(orderId) || !capturedBefore.contains(orderId)) {
                inScope.put(orderId, capture);
                orders.computeIfAbsent(orderId, shop::order);
            }
        });
        long confirmed = orders.values().stream().filter(OrderSeen::confirmed).count();
        if (confirmed == 0) {
            return new InvariantCheck(NAME, false, "not tested: no order of the " + customers.size()
                    + " customers of the load was CONFIRMED, so no money was taken to account for");
        }
        List<Problem> problems = problems(inScope, orders.values());
        return new InvariantCheck(NAME, problems.isEmpty(), problems.isEmpty()
                ? confirmed + " CONFIRMED orders, each captured once for its total; " + (orders.size() - confirmed)
                        + " others, none captured"
                : problems.size() + " payments off: " + String.join("; ", problems.stream().limit(SHOWN).map(Problem::toString).toList()));
    }
}
