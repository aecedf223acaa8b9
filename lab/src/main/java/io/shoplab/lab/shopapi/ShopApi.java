package io.shoplab.lab.shopapi;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.Polling;
import tools.jackson.databind.JsonNode;

/**
 * The shop's public API, on the monolith or the gateway, as a client of API.md uses it. The journeys of a
 * load are sent once each and recorded exactly: when each was sent, what came back (status, order, degraded
 * parts, {@code Retry-After}) or why nothing did; they never throw, a failure is an answer to record. The
 * reads the checks make of stock and orders are retried over a shop still settling, and throw when it does not answer.
 */
public final class ShopApi {

    /** Above the gateway's 3 s for product pages and 2 s for reviews and inventory. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(4);
    /** Above the gateway's 5 s for orders and the monolith's 5 s placement budget. */
    public static final Duration ORDER_TIMEOUT = Duration.ofSeconds(7);
    /** The catalogue every stack is seeded with: products 1 to 100. */
    public static final int PRODUCTS = 100;

    private static final Duration POLL = Duration.ofMillis(500);

    private final String baseUrl;

    /** @param baseUrl the public API: the monolith, or the gateway */
    public ShopApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public RequestRecord browse(int client, int page) {
        return send(Journey.BROWSE, client, get("/api/products?size=20&page=" + page), null, 1);
    }

    public RequestRecord productPage(int client, long productId) {
        return send(Journey.PRODUCT_PAGE, client, get("/api/products/" + productId), null, 1);
    }

    public RequestRecord review(int client, long productId, String author, int rating, String comment) {
        String body = "{\"author\":\"" + author + "\",\"rating\":" + rating + ",\"comment\":\"" + comment + "\"}";
        return send(
                Journey.REVIEW, client, post("/api/products/" + productId + "/reviews", body, READ_TIMEOUT), null, 1);
    }

    /** One attempt of the intent: the same key and the same body every time. */
    public RequestRecord placeOrder(int client, OrderIntent intent, int attempt) {
        HttpRequest.Builder request =
                post("/api/orders", intent.body(), ORDER_TIMEOUT).header("Idempotency-Key", intent.key());
        return send(Journey.ORDER, client, request, intent.key(), attempt);
    }

    /**
     * Units on the shelf (available + reserved) per product, read at a moment when nothing is reserved: no order
     * is half-done. Empty when no such moment came within the timeout (or the inventory did not answer).
     */
    public Optional<Map<Long, Long>> quietShelf(Duration timeout) {
        return Polling.firstAnswer(this::shelfIfQuiet, POLL, Instant.now().plus(timeout));
    }

    /** {@code GET /api/orders/{id}}: the order, or one unknown to the shop on a 404. */
    public OrderSeen order(String orderId) {
        HttpResponse<String> response =
                Http.retried(baseUrl + "/api/orders/" + URLEncoder.encode(orderId, StandardCharsets.UTF_8), true);
        return response.statusCode() == 404
                ? OrderSeen.unknown(orderId)
                : OrderSeen.of(Http.JSON.readTree(response.body()));
    }

    /** Every order of each customer, all pages, as the API shows them. */
    public Map<String, List<JsonNode>> ordersOf(Collection<String> customers) {
        Map<String, List<JsonNode>> byCustomer = new LinkedHashMap<>();
        customers.forEach(customer -> byCustomer.put(customer, ordersOf(customer)));
        return byCustomer;
    }

    private List<JsonNode> ordersOf(String customer) {
        List<JsonNode> orders = new ArrayList<>();
        String encoded = URLEncoder.encode(customer, StandardCharsets.UTF_8);
        for (int page = 0; ; page++) {
            JsonNode body = Http.JSON.readTree(
                    Http.retried(baseUrl + "/api/orders?size=100&page=" + page + "&customerId=" + encoded, false)
                            .body());
            body.path("items").forEach(orders::add);
            if ((page + 1) * 100L >= body.path("totalItems").asLong()) {
                return orders;
            }
        }
    }

    private Optional<Map<Long, Long>> shelfIfQuiet() {
        Map<Long, Long> shelf = new HashMap<>();
        for (long id = 1; id <= PRODUCTS; id++) {
            Optional<JsonNode> stock = Http.once(baseUrl + "/api/inventory/" + id)
                    .filter(response -> response.statusCode() == 200)
                    .map(response -> Http.JSON.readTree(response.body()));
            if (stock.isEmpty() || stock.get().path("reserved").asLong() != 0) {
                return Optional.empty();
            }
            shelf.put(id, stock.get().path("available").asLong());
        }
        return Optional.of(shelf);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(READ_TIMEOUT)
                .GET();
    }

    private HttpRequest.Builder post(String path, String body, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private RequestRecord send(Journey journey, int client, HttpRequest.Builder builder, String key, int attempt) {
        HttpRequest request = builder.header("X-Request-Id", "chaos-c" + client + "-" + System.nanoTime())
                .build();
        String path = request.uri().getRawPath()
                + (request.uri().getRawQuery() == null
                        ? ""
                        : "?" + request.uri().getRawQuery());
        long start = System.currentTimeMillis();
        HttpResponse<String> response = null;
        String error = null;
        try {
            response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            error = "timeout";
        } catch (ConnectException e) {
            error = "connection refused";
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        long end = System.currentTimeMillis();
        int status = response == null ? 0 : response.statusCode();
        JsonNode body = response == null ? null : parse(response.body());
        int retryAfter = response == null
                ? -1
                : response.headers()
                        .firstValue("Retry-After")
                        .map(ShopApi::seconds)
                        .orElse(-1);
        boolean degraded = journey == Journey.PRODUCT_PAGE
                && body != null
                && !body.path("degraded").isEmpty();
        JsonNode order = journey == Journey.ORDER && status == 201 ? body : null;
        return new RequestRecord(
                start,
                end,
                journey,
                client,
                request.method(),
                path,
                key,
                attempt,
                status,
                error,
                retryAfter,
                degraded,
                order == null ? null : order.path("id").asString(),
                order == null ? null : order.path("status").asString(),
                order);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : Http.JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static int seconds(String retryAfter) {
        try {
            return Integer.parseInt(retryAfter.trim());
        } catch (NumberFormatException httpDate) {
            return 1;
        }
    }
}
