package io.shoplab.lab.chaos;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journeys' requests, sent with {@code java.net.http} and recorded exactly: when each was sent, what
 * came back (status, order, degraded parts, {@code Retry-After}) or why nothing did. Never throws for a
 * failed request: a failure is an answer to record.
 */
final class ShopClient {

    /** Above the gateway's 3 s for product pages and 2 s for reviews and inventory. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(4);
    /** Above the gateway's 5 s for orders and the monolith's 5 s placement budget. */
    static final Duration ORDER_TIMEOUT = Duration.ofSeconds(7);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();
    private final String baseUrl;

    /** @param baseUrl the public API: the monolith, or the gateway */
    ShopClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    RequestRecord browse(int client, int page) {
        return send(Journey.BROWSE, client, get("/api/products?size=20&page=" + page), null, 1);
    }

    RequestRecord productPage(int client, long productId) {
        return send(Journey.PRODUCT_PAGE, client, get("/api/products/" + productId), null, 1);
    }

    RequestRecord review(int client, long productId, String author, int rating, String comment) {
        String body = "{\"author\":\"" + author + "\",\"rating\":" + rating + ",\"comment\":\"" + comment + "\"}";
        return send(Journey.REVIEW, client, post("/api/products/" + productId + "/reviews", body, READ_TIMEOUT), null, 1);
    }

    /** One attempt of the intent: the same key and the same body every time. */
    RequestRecord placeOrder(int client, OrderIntent intent, int attempt) {
        HttpRequest.Builder request = post("/api/orders", intent.body(), ORDER_TIMEOUT).header("Idempotency-Key", intent.key());
        return send(Journey.ORDER, client, request, intent.key(), attempt);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(READ_TIMEOUT).GET();
    }

    private HttpRequest.Builder post(String path, String body, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private RequestRecord send(Journey journey, int client, HttpRequest.Builder builder, String key, int attempt) {
        HttpRequest request = builder.header("X-Request-Id", "chaos-c" + client + "-" + System.nanoTime()).build();
        String path = request.uri().getRawPath() + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
        long start = System.currentTimeMillis();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long end = System.currentTimeMillis();
            JsonNode body = parse(response.body());
            int retryAfter = response.headers().firstValue("Retry-After").map(ShopClient::seconds).orElse(-1);
            boolean degraded = journey == Journey.PRODUCT_PAGE && body != null && !body.path("degraded").isEmpty();
            boolean order = journey == Journey.ORDER && response.statusCode() == 201 && body != null;
            return new RequestRecord(start, end, journey, client, request.method(), path, key, attempt, response.statusCode(), null,
                    retryAfter, degraded, order ? body.path("id").asString() : null, order ? body.path("status").asString() : null,
                    order ? body : null);
        } catch (HttpTimeoutException e) {
            return failed(start, journey, client, request, path, key, attempt, "timeout");
        } catch (ConnectException e) {
            return failed(start, journey, client, request, path, key, attempt, "connection refused");
        } catch (IOException e) {
            return failed(start, journey, client, request, path, key, attempt, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(start, journey, client, request, path, key, attempt, "interrupted");
        }
    }

    private static RequestRecord failed(long start, Journey journey, int client, HttpRequest request, String path, String key,
                                        int attempt, String error) {
        return new RequestRecord(start, System.currentTimeMillis(), journey, client, request.method(), path, key, attempt, 0, error,
                -1, false, null, null, null);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
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
