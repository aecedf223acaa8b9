package io.shoplab.lab.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.shoplab.lab.LabException;
import io.shoplab.lab.experiment.MoneyConservation;
import io.shoplab.lab.experiment.OperationsApi;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the checks need once a run is over: orders through the public API, held reservations and
 * captured payments from the inventory's and payments' {@code /actuator/reservations} and
 * {@code /actuator/payments} on their own app's management port. Remembers the orders it has seen {@code CONFIRMED}
 * (a final state), so later runs do not read them again, yet check their money every run.
 */
final class ShopObserver {

    // Amounts as written (10.00, not the double 10.0): money is compared and shown exactly.
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final int ATTEMPTS = 6;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;
    private final OperationsApi inventory;
    private final OperationsApi payments;
    private final Map<String, MoneyConservation.OrderSeen> knownConfirmed = new LinkedHashMap<>();

    /**
     * @param baseUrl the public API
     * @param inventoryApp the management URL of the app running the inventory module (the monolith, or inventory-service)
     * @param paymentsApp the management URL of the app running the payments module
     */
    ShopObserver(String baseUrl, String inventoryApp, String paymentsApp) {
        this.baseUrl = baseUrl;
        this.inventory = new OperationsApi(inventoryApp);
        this.payments = new OperationsApi(paymentsApp);
    }

    /** Nothing held, and every captured payment belongs to a CONFIRMED order: the saga's recovery has nothing left to do. */
    boolean settled() {
        if (!inventory.held().isEmpty()) {
            return false;
        }
        for (String orderId : payments.captured().keySet()) {
            if (!knownConfirmed.containsKey(orderId) && !"CONFIRMED".equals(order(orderId).status())) {
                return false;
            }
        }
        return true;
    }

    /** Everything the checks of a run look at. */
    ShopState read(List<RequestRecord> requests, List<String> customers) {
        List<String> held = inventory.held();
        Map<String, MoneyConservation.Capture> captured = payments.captured();
        Map<String, ShopState.OrderLookup> orders = new HashMap<>();
        Invariants.orderAnswers(requests).forEach(answer -> orders.computeIfAbsent(answer.orderId(), this::order));
        for (String orderId : captured.keySet()) {
            orders.computeIfAbsent(orderId, id -> knownConfirmed.containsKey(id) ? ShopState.OrderLookup.confirmedEarlier() : order(id));
        }
        Map<String, List<JsonNode>> byCustomer = new HashMap<>();
        customers.forEach(customer -> byCustomer.put(customer, ordersOf(customer)));
        // The money rule over every order this run read and every order of the campaign seen CONFIRMED (whose payment must stay captured).
        Map<String, MoneyConservation.OrderSeen> seen = new HashMap<>(knownConfirmed);
        orders.forEach((orderId, lookup) -> seen.putIfAbsent(orderId, lookup.body() == null ? MoneyConservation.OrderSeen.unknown(orderId)
                : MoneyConservation.OrderSeen.of(lookup.body())));
        byCustomer.values().forEach(list -> list.forEach(order -> seen.putIfAbsent(order.path("id").asString(), MoneyConservation.OrderSeen.of(order))));
        return new ShopState(Set.copyOf(held), captured, orders, byCustomer, seen.values());
    }

    private ShopState.OrderLookup order(String orderId) {
        HttpResponse<String> response = get(baseUrl + "/api/orders/" + orderId, true);
        if (response.statusCode() == 404) {
            return ShopState.OrderLookup.notFound();
        }
        JsonNode order = JSON.readTree(response.body());
        String status = order.path("status").asString();
        if ("CONFIRMED".equals(status)) {
            knownConfirmed.put(orderId, MoneyConservation.OrderSeen.of(order));
        }
        return new ShopState.OrderLookup(200, status, order);
    }

    private List<JsonNode> ordersOf(String customer) {
        List<JsonNode> orders = new ArrayList<>();
        String encoded = URLEncoder.encode(customer, StandardCharsets.UTF_8);
        for (int page = 0; ; page++) {
            JsonNode body = JSON.readTree(get(baseUrl + "/api/orders?size=100&page=" + page + "&customerId=" + encoded, false).body());
            body.path("items").forEach(order -> {
                orders.add(order);
                if ("CONFIRMED".equals(order.path("status").asString())) {
                    knownConfirmed.put(order.path("id").asString(), MoneyConservation.OrderSeen.of(order));
                }
            });
            if ((page + 1) * 100L >= body.path("totalItems").asLong()) {
                return orders;
            }
        }
    }

    /** A GET answered 200 (or 404 when that is an answer), retried a few times over a shop still settling. */
    private HttpResponse<String> get(String url, boolean notFoundIsAnAnswer) {
        String last = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .header("X-Request-Id", "chaos-check").GET().build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 || notFoundIsAnAnswer && response.statusCode() == 404) {
                    return response;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LabException("interrupted");
            }
            pause(attempt * 500L);
        }
        throw new LabException("GET " + url + " did not answer after " + ATTEMPTS + " attempts: " + last);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
