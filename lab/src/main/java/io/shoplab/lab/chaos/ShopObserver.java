package io.shoplab.lab.chaos;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.shoplab.lab.shopapi.Capture;
import io.shoplab.lab.shopapi.OperationsApi;
import io.shoplab.lab.shopapi.OrderSeen;
import io.shoplab.lab.shopapi.RequestRecord;
import io.shoplab.lab.shopapi.ShopApi;
import tools.jackson.databind.JsonNode;

/**
 * Reads what the checks need once a run is over: orders through the public API, held reservations and
 * captured payments from the inventory's and payments' operations endpoints on their own app's management port.
 * Remembers the orders it has seen {@code CONFIRMED} (a final state), so later runs do not read them again, yet
 * check their money every run.
 */
final class ShopObserver {

    private final ShopApi shop;
    private final OperationsApi inventory;
    private final OperationsApi payments;
    private final Map<String, OrderSeen> knownConfirmed = new LinkedHashMap<>();

    /**
     * @param inventoryApp the management URL of the app running the inventory module (the monolith, or inventory-service)
     * @param paymentsApp the management URL of the app running the payments module
     */
    ShopObserver(ShopApi shop, String inventoryApp, String paymentsApp) {
        this.shop = shop;
        this.inventory = new OperationsApi(inventoryApp);
        this.payments = new OperationsApi(paymentsApp);
    }

    /** Nothing held, and every captured payment belongs to a CONFIRMED order: the saga's recovery has nothing left to do. */
    boolean settled() {
        if (!inventory.held().isEmpty()) {
            return false;
        }
        return payments.captured().keySet().stream()
                .allMatch(orderId ->
                        knownConfirmed.containsKey(orderId) || order(orderId).confirmed());
    }

    /** Everything the checks of a run look at. */
    ShopState read(List<RequestRecord> requests, List<String> customers) {
        List<String> held = inventory.held();
        Map<String, Capture> captured = payments.captured();
        Map<String, OrderSeen> orders = new HashMap<>();
        requests.stream()
                .filter(RequestRecord::acknowledgesOrder)
                .forEach(answer -> orders.computeIfAbsent(answer.orderId(), this::order));
        captured.keySet()
                .forEach(orderId -> orders.computeIfAbsent(
                        orderId, id -> knownConfirmed.containsKey(id) ? knownConfirmed.get(id) : order(id)));
        Map<String, List<JsonNode>> byCustomer = shop.ordersOf(customers);
        byCustomer.values().forEach(list -> list.stream().map(OrderSeen::of).forEach(this::remember));
        // The money rule over every order this run read and every order of the campaign seen CONFIRMED (whose payment
        // must stay captured).
        Map<String, OrderSeen> seen = new HashMap<>(knownConfirmed);
        orders.forEach(seen::putIfAbsent);
        byCustomer
                .values()
                .forEach(list ->
                        list.forEach(order -> seen.putIfAbsent(order.path("id").asString(), OrderSeen.of(order))));
        return new ShopState(Set.copyOf(held), captured, orders, byCustomer, seen.values());
    }

    private OrderSeen order(String orderId) {
        return remember(shop.order(orderId));
    }

    private OrderSeen remember(OrderSeen order) {
        if (order.confirmed()) {
            knownConfirmed.put(order.orderId(), order);
        }
        return order;
    }
}
