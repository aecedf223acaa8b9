package io.shoplab.services.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The whole service on its embedded database, without Eureka: a reservation's life over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class InventoryServiceSmokeTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void reservesCommitsAndAnswersTheSameWhenAskedAgain() {
        RestClient http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        UUID order = UUID.randomUUID();
        String items = "{\"items\":[{\"productId\":91,\"quantity\":3}]}";

        var reserved = http.put()
                .uri("/internal/reservations/{id}", order)
                .contentType(MediaType.APPLICATION_JSON)
                .body(items)
                .header("X-Request-Id", "smoke-1")
                .retrieve()
                .toEntity(Map.class);
        assertThat(reserved.getBody()).containsEntry("status", "RESERVED");
        assertThat(reserved.getHeaders().getFirst("X-Request-Id")).isEqualTo("smoke-1");
        // Asked again (a retry after a lost answer): the same answer, nothing taken twice.
        assertThat(http.put()
                        .uri("/internal/reservations/{id}", order)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(items)
                        .retrieve()
                        .body(Map.class))
                .containsEntry("status", "RESERVED");
        assertThat(http.get().uri("/api/inventory/91").retrieve().body(Map.class))
                .containsEntry("available", 7)
                .containsEntry("reserved", 3);

        assertThat(http.post()
                        .uri("/internal/reservations/{id}/commit", order)
                        .retrieve()
                        .body(Map.class))
                .containsEntry("status", "COMMITTED");
        assertThat(http.get()
                        .uri("/internal/reservations/{id}", order)
                        .retrieve()
                        .body(Map.class))
                .containsEntry("status", "COMMITTED");
        assertThat(http.get().uri("/api/inventory/91").retrieve().body(Map.class))
                .containsEntry("available", 7)
                .containsEntry("reserved", 0);
        assertThat(http.get()
                        .uri("/internal/reservations/{id}", UUID.randomUUID())
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get()
                        .uri("http://127.0.0.1:" + managementPort + "/actuator/health/readiness")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
