package io.shoplab.lab.invariants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * API.md's stock-conservation rule: for every product, stock before = units on the shelf now (available +
 * reserved) + units in the {@code CONFIRMED} orders of the customers given. Both shelves are read at a quiet
 * moment, when nothing is reserved (no order half-done), so data from earlier loads does not matter. The chaos
 * campaign takes one snapshot when its stack has started and checks after every run with the customers of all
 * runs so far, so every order confirmed since the snapshot is accounted for. Without a single unit sold the rule
 * holds of nothing: that fails as not tested.
 *
 * @param before units on the shelf per product at a quiet moment before the load
 * @param after the same once the load is over; {@code null} when no quiet moment came
 * @param ordersByCustomer every order of each customer of the loads since {@code before}
 */
public record StockConservation(
        Map<Long, Long> before, Map<Long, Long> after, Map<String, List<JsonNode>> ordersByCustomer) {

    public static final String NAME = "stock conserved";

    public Finding check() {
        if (after == null) {
            return Finding.broken(
                    NAME,
                    "stock still reserved once the load was over and the shop given time to settle (an order"
                            + " half-done), or the inventory not answering",
                    List.of());
        }
        Map<Long, Long> sold = ordersByCustomer.values().stream()
                .flatMap(List::stream)
                .filter(order -> "CONFIRMED".equals(order.path("status").asString()))
                .flatMap(order -> order.path("lines").valueStream())
                .collect(Collectors.groupingBy(
                        line -> line.path("productId").asLong(),
                        Collectors.summingLong(line -> line.path("quantity").asLong())));
        long units = sold.values().stream().mapToLong(Long::longValue).sum();
        if (units == 0) {
            return Finding.broken(
                    NAME,
                    "not tested: no order of the " + ordersByCustomer.size()
                            + " customers was CONFIRMED, so no stock left the shelf to account for",
                    List.of());
        }
        List<String> broken = new ArrayList<>();
        new TreeMap<>(before).forEach((id, expected) -> {
            long actual = after.getOrDefault(id, 0L) + sold.getOrDefault(id, 0L);
            if (expected != actual) {
                broken.add("product " + id + ": " + expected + " before, " + actual + " now (shelf + sold)");
            }
        });
        return broken.isEmpty()
                ? Finding.held(
                        NAME,
                        before.size() + " products: shelf + " + units + " units sold to " + ordersByCustomer.size()
                                + " customers = stock before; nothing reserved")
                : Finding.broken(
                        NAME,
                        broken.size() + " products off: "
                                + String.join("; ", broken.subList(0, Math.min(Evidence.SHOWN, broken.size()))),
                        List.of());
    }
}
