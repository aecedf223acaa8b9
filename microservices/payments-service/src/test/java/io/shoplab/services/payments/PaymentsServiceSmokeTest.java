package io.shoplab.services.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The whole service on its embedded database, without Eureka: capture, repeat, refund, and a late capture. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class PaymentsServiceSmokeTest {

    private static final String CAPTURE =
            "{\"customerId\":\"c-1\",\"amount\":25.80,\"currency\":\"EUR\",\"paymentToken\":\"tok_ok\"}";

    @LocalServerPort
    int port;

    @Test
    void capturesOnceRefundsAndNeverCapturesAfterAVoid() {
        RestClient http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        UUID order = UUID.randomUUID();

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(http.put()
                            .uri("/internal/payments/{id}", order)
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(CAPTURE)
                            .retrieve()
                            .body(Map.class))
                    .containsEntry("status", "CAPTURED");
        }
        assertThat(http.post()
                        .uri("/internal/payments/{id}/refund", order)
                        .retrieve()
                        .body(Map.class))
                .containsEntry("status", "REFUNDED");
        assertThat(http.get().uri("/internal/payments/{id}", order).retrieve().body(Map.class))
                .containsEntry("status", "REFUNDED")
                .containsEntry("amount", 25.80);

        // A compensation that overtook its capture: the void stands, the late capture takes nothing.
        UUID overtaken = UUID.randomUUID();
        assertThat(http.post()
                        .uri("/internal/payments/{id}/refund", overtaken)
                        .retrieve()
                        .body(Map.class))
                .containsEntry("status", "VOIDED");
        assertThat(http.put()
                        .uri("/internal/payments/{id}", overtaken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(CAPTURE)
                        .retrieve()
                        .body(Map.class))
                .containsEntry("status", "VOIDED");

        assertThat(http.get()
                        .uri("/internal/payments/{id}", UUID.randomUUID())
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
