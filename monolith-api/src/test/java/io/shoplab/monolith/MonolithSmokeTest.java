package io.shoplab.monolith;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assembled monolith on its embedded PostgreSQL: every module answers through its own controller,
 * and the in-process adapters join them (the product page asks inventory and reviews, an order asks
 * catalog, inventory and payments), and Swagger UI shows the committed contract. The API's details are
 * the contract suite's; this proves the wiring.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class MonolithSmokeTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Test
    void servesNoOperationsEndpointOnTheShopsPort() throws Exception {
        for (String path :
                new String[] {"/actuator/health", "/actuator/payments", "/actuator/reservations", "/actuator/prometheus"
                }) {
            HttpResponse<String> onShopPort = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .GET()
                            .build(),
                    BodyHandlers.ofString());
            assertThat(onShopPort.statusCode())
                    .as("GET %s on the shop's port", path)
                    .isEqualTo(404);
            assertThat(http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString())
                            .statusCode())
                    .as("GET %s on the management port", path)
                    .isEqualTo(200);
        }
    }

    @Test
    void isReadyWithItsDatabase() throws Exception {
        JsonNode readiness = get("/actuator/health/readiness", 200);

        assertThat(readiness.path("status").asString()).isEqualTo("UP");
    }

    @Test
    void theProductPageJoinsCatalogInventoryAndReviews() throws Exception {
        JsonNode product = get("/api/products/95", 200);

        assertThat(product.path("availability").path("status").asString()).isEqualTo("IN_STOCK");
        assertThat(product.path("rating").path("status").asString()).isEqualTo("OK");
        assertThat(product.path("rating").path("count").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(product.path("degraded").isEmpty()).isTrue();
        assertThat(get("/api/products?page=0&size=5", 200).path("totalItems").asLong())
                .isEqualTo(100);
        assertThat(get("/api/products/95/reviews", 200).size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anOrderTakesStockAndMoneyInOneTransaction() throws Exception {
        long availableBefore = get("/api/inventory/96", 200).path("available").asLong();

        HttpResponse<String> placed = post("/api/orders", """
                {"customerId": "smoke", "lines": [{"productId": 96, "quantity": 2}]}""");
        JsonNode order = json.readTree(placed.body());

        assertThat(placed.statusCode()).isEqualTo(201);
        assertThat(placed.headers().firstValue("Location"))
                .hasValue("/api/orders/" + order.path("id").asString());
        assertThat(order.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(get("/api/inventory/96", 200).path("available").asLong()).isEqualTo(availableBefore - 2);
        assertThat(get("/api/orders/" + order.path("id").asString(), 200)
                        .path("total")
                        .decimalValue())
                .isEqualByComparingTo(order.path("lines")
                        .get(0)
                        .path("unitPrice")
                        .decimalValue()
                        .multiply(java.math.BigDecimal.valueOf(2)));
    }

    @Test
    void theProductPageGuardsShowInPrometheus() throws Exception {
        get("/api/products/95", 200);

        HttpResponse<String> metrics = http.send(
                HttpRequest.newBuilder(uri("/actuator/prometheus")).GET().build(), BodyHandlers.ofString());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern(
                        "resilience4j_circuitbreaker_state\\{[^}]*name=\"reviews\"[^}]*state=\"closed\"[^}]*} 1\\.0")
                .containsPattern("resilience4j_bulkhead_thread_pool_size\\{[^}]*name=\"inventory\"")
                .containsPattern("resilience4j_timelimiter_calls_total\\{[^}]*name=\"inventory\"")
                .contains("http_server_requests_seconds_bucket{");
    }

    @Test
    void anUnknownOrderIsAProblem() throws Exception {
        JsonNode problem = get("/api/orders/00000000-0000-0000-0000-000000000000", 404);

        assertThat(problem.path("type").asString()).isEqualTo("https://shoplab.dev/problems/not-found");
    }

    @Test
    void swaggerUiShowsTheCommittedContract() throws Exception {
        HttpClient followingRedirects = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<String> page = followingRedirects.send(
                HttpRequest.newBuilder(uri("/swagger-ui.html")).build(), BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/swagger-ui/index.html");
        assertThat(page.body()).contains("swagger-ui");

        assertThat(get("/v3/api-docs/swagger-config", 200).path("url").asString())
                .isEqualTo("/openapi.json");
        HttpResponse<String> document =
                http.send(HttpRequest.newBuilder(uri("/openapi.json")).build(), BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).isEqualTo(Files.readString(Path.of("..", "docs", "openapi.json")));
    }

    private JsonNode get(String path, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("GET %s: %s", path, response.body())
                .isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                BodyHandlers.ofString());
    }

    /** Actuator endpoints on the management port, everything else on the shop's. */
    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + (path.startsWith("/actuator") ? managementPort : port) + path);
    }
}
