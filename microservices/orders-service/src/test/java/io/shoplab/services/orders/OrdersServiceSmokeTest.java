package io.shoplab.services.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import io.shoplab.services.support.test.ServiceStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The whole service on its embedded database, without Eureka, the three participants played by
 * stubs: an order placed over HTTP, and a 503 when inventory is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class OrdersServiceSmokeTest {

    private static final Pattern ORDER_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final String ORDER = "{\"customerId\":\"smoke\",\"lines\":[{\"productId\":1,\"quantity\":2}]}";

    @RegisterExtension
    static final ServiceStub catalog = new ServiceStub();

    @RegisterExtension
    static final ServiceStub inventory = new ServiceStub();

    @RegisterExtension
    static final ServiceStub payments = new ServiceStub();

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.inventory-service[0].uri", inventory::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.payments-service[0].uri", payments::uri);
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void healthyParticipants() {
        catalog.stubFor(get("/internal/prices?ids=1")
                .willReturn(jsonResponse("{\"currency\":\"EUR\",\"prices\":{\"1\":12.30}}", 200)));
        inventory.stubFor(put(urlMatching("/internal/reservations/.*"))
                .willReturn(jsonResponse("{\"status\":\"RESERVED\"}", 200)));
        inventory.stubFor(post(urlMatching("/internal/reservations/.*"))
                .willReturn(jsonResponse("{\"status\":\"COMMITTED\"}", 200)));
        payments.stubFor(
                put(urlMatching("/internal/payments/.*")).willReturn(jsonResponse("{\"status\":\"CAPTURED\"}", 200)));
    }

    @Test
    void placesAnOrderAcrossTheParticipantsUnderOneRequestId() {
        ResponseEntity<String> placed = place("order-smoke-1");
        assertThat(placed.getStatusCode().value()).isEqualTo(201);
        assertThat(placed.getBody()).contains("\"status\":\"CONFIRMED\"").contains("\"total\":24.60");
        String orderId = ORDER_ID.matcher(placed.getBody())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        // Only this order's calls: the recovery job may still be releasing the reservation of the other test's order,
        // with no request of its own to take an id from. Prices are asked for this order alone.
        assertThat(List.of(catalog, inventory, payments))
                .allSatisfy(stub -> assertThat(stub.received())
                        .filteredOn(
                                request -> stub == catalog || request.getUrl().contains(orderId))
                        .isNotEmpty()
                        .allSatisfy(request ->
                                assertThat(request.getHeader("X-Request-Id")).isEqualTo("order-smoke-1")));
        assertThat(payments.received().get(0).getBodyAsString()).contains("\"amount\":24.60");
    }

    @Test
    void aDeadInventoryIsA503WithRetryAfter() {
        inventory.stubFor(put(urlMatching("/internal/reservations/.*")).willReturn(jsonResponse("{}", 503)));
        ResponseEntity<String> answer = place("order-smoke-2");
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody()).contains("inventory");
    }

    private ResponseEntity<String> place(String requestId) {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .build()
                .post()
                .uri("/api/orders")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Request-Id", requestId)
                .body(ORDER)
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
    }
}
