package io.shoplab.services.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.shoplab.services.support.test.ServiceStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The whole service on its embedded database, without Eureka, inventory-service and reviews-service
 * played by stubs: the product page over HTTP, complete, and degraded when reviews is slow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class CatalogServiceSmokeTest {

    @RegisterExtension
    static final ServiceStub inventory = new ServiceStub();

    @RegisterExtension
    static final ServiceStub reviews = new ServiceStub();

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.inventory-service[0].uri", inventory::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.reviews-service[0].uri", reviews::uri);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @BeforeEach
    void healthyParts() {
        inventory.stubFor(get("/api/inventory/1")
                .willReturn(jsonResponse("{\"productId\":1,\"available\":1000000,\"reserved\":0}", 200)));
        reviews.stubFor(get("/internal/ratings/1").willReturn(jsonResponse("{\"average\":4.50,\"count\":2}", 200)));
    }

    @Test
    void thePageHasEveryPartAndOneRequestIdThroughout() {
        ResponseEntity<Map> page = page("page-1");
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody())
                .containsEntry("degraded", List.of())
                .containsEntry("availability", Map.of("status", "IN_STOCK", "available", 1000000))
                .containsEntry("rating", Map.of("status", "OK", "average", 4.5, "count", 2));
        assertThat(inventory.received())
                .isNotEmpty()
                .allSatisfy(
                        request -> assertThat(request.getHeader("X-Request-Id")).isEqualTo("page-1"));
        assertThat(reviews.received())
                .isNotEmpty()
                .allSatisfy(
                        request -> assertThat(request.getHeader("X-Request-Id")).isEqualTo("page-1"));
    }

    @Test
    void bothPartsContinueTheCallersTrace() {
        page("warm-up");
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        http().get()
                .uri("/api/products/1")
                .header("X-Request-Id", "traced-1")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .retrieve()
                .toEntity(Map.class);
        // Each part asked from a bulkhead thread of its own, the trace carried along.
        for (ServiceStub part : List.of(inventory, reviews)) {
            assertThat(part.received())
                    .filteredOn(request -> "traced-1".equals(request.getHeader("X-Request-Id")))
                    .isNotEmpty()
                    .allSatisfy(request ->
                            assertThat(request.getHeader("traceparent")).startsWith("00-" + traceId + "-"));
        }
    }

    @Test
    void guardsAndCallsShowInPrometheus() {
        page("metered");
        String metrics = http().get()
                .uri("http://127.0.0.1:" + managementPort + "/actuator/prometheus")
                .retrieve()
                .body(String.class);
        assertThat(metrics)
                .containsPattern(
                        "resilience4j_circuitbreaker_state\\{[^}]*name=\"inventory\"[^}]*state=\"closed\"[^}]*} 1\\.0")
                .containsPattern("resilience4j_bulkhead_thread_pool_size\\{[^}]*name=\"reviews\"")
                .containsPattern("resilience4j_timelimiter_calls_total\\{[^}]*name=\"reviews\"")
                .containsPattern("http_client_requests_seconds_bucket\\{[^}]*client_name=\"inventory-service\"");
    }

    @Test
    void slowReviewsLeaveTheRatingOutInsteadOfFailingThePage() {
        // Once healthy first, so the time measured below is the page's and not the first request's warm-up.
        page("warm-up");
        reviews.stubFor(get("/internal/ratings/1")
                .willReturn(jsonResponse("{\"average\":4.50,\"count\":2}", 200).withFixedDelay(2000)));
        long started = System.nanoTime();
        ResponseEntity<Map> page = page("page-2");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody())
                .containsEntry("degraded", List.of("reviews"))
                .containsEntry("rating", Map.of("status", "UNAVAILABLE"))
                .containsEntry("availability", Map.of("status", "IN_STOCK", "available", 1000000));
    }

    @Test
    void pricesForOrdersComeFromTheDatabase() {
        PriceSheet sheet =
                http().get().uri("/internal/prices?ids=1,2,9999").retrieve().body(PriceSheet.class);
        assertThat(sheet.currency()).isEqualTo("EUR");
        assertThat(sheet.prices()).containsOnlyKeys("1", "2");
    }

    private ResponseEntity<Map> page(String requestId) {
        return http().get()
                .uri("/api/products/1")
                .header("X-Request-Id", requestId)
                .retrieve()
                .toEntity(Map.class);
    }

    record PriceSheet(String currency, Map<String, BigDecimal> prices) {}

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }
}
