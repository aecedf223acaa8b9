package io.shoplab.lab.experiment;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.shoplab.lab.LabException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few public calls the lab's checks make, as any client of API.md would. */
final class ShopApi {

    // Amounts as written (10.00, not the double 10.0): money is compared and shown exactly.
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;

    ShopApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Stock(long productId, long available, long reserved) {
    }

    record ConfirmedLine(long productId, long quantity) {
    }

    /** The stock of a product, or empty when the shop cannot answer right now. */
    Optional<Stock> stock(long productId) {
        return get("/api/inventory/" + productId)
                .map(body -> new Stock(productId, body.get("available").asLong(), body.get("reserved").asLong()));
    }

    /** The lines of every {@code CONFIRMED} order of the customer, all pages. */
    List<ConfirmedLine> confirmedLines(String customerId) {
        List<ConfirmedLine> lines = new ArrayList<>();
        for (JsonNode order : orderBodies(customerId)) {
            if ("CONFIRMED".equals(order.get("status").asString())) {
                order.get("lines").forEach(line -> lines.add(new ConfirmedLine(line.get("productId").asLong(), line.get("quantity").asLong())));
            }
        }
        return lines;
    }

    /** Every order of the customer, all pages. */
    List<MoneyConservation.OrderSeen> orders(String customerId) {
        return orderBodies(customerId).stream().map(MoneyConservation.OrderSeen::of).toList();
    }

    /** {@code GET /api/orders/{id}}: the order, or one unknown to the shop on a 404. */
    MoneyConservation.OrderSeen order(String orderId) {
        HttpResponse<String> response = send("/api/orders/" + URLEncoder.encode(orderId, StandardCharsets.UTF_8))
                .orElseThrow(() -> new LabException("order " + orderId + " cannot be read"));
        return switch (response.statusCode()) {
            case 200 -> MoneyConservation.OrderSeen.of(JSON.readTree(response.body()));
            case 404 -> MoneyConservation.OrderSeen.unknown(orderId);
            default -> throw new LabException("order " + orderId + " cannot be read: " + response.statusCode() + " " + response.body());
        };
    }

    private List<JsonNode> orderBodies(String customerId) {
        List<JsonNode> orders = new ArrayList<>();
        String customer = URLEncoder.encode(customerId, StandardCharsets.UTF_8);
        for (int page = 0; ; page++) {
            int current = page;
            JsonNode body = get("/api/orders?size=100&page=" + page + "&customerId=" + customer)
                    .orElseThrow(() -> new LabException("the orders of " + customerId + " (page " + current + ") cannot be read"));
            body.get("items").forEach(orders::add);
            if ((long) (page + 1) * 100 >= body.get("totalItems").asLong()) {
                return orders;
            }
        }
    }

    private Optional<JsonNode> get(String path) {
        return send(path).filter(response -> response.statusCode() == 200).map(response -> JSON.readTree(response.body()));
    }

    /** The answer, or empty when none came. */
    private Optional<HttpResponse<String>> send(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(5))
                .header("X-Request-Id", "lab-check").GET().build();
        try {
            return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        }
        catch (IOException e) {
            return Optional.empty();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted");
        }
    }
}
