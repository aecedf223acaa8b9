package io.shoplab.services.reviews;

import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.shoplab.services.support.test.ServiceStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** The whole service on its embedded database, without Eureka, catalog-service played by a stub. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class ReviewsServiceSmokeTest {

    @RegisterExtension
    static final ServiceStub catalog = new ServiceStub();

    @DynamicPropertySource
    static void stub(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::uri);
    }

    @LocalServerPort
    int port;

    @Test
    void listsTheReviewsOfAProductTheCatalogKnows() {
        catalog.stubFor(
                WireMock.get("/internal/products/1").willReturn(jsonResponse("{\"id\":1,\"exists\":true}", 200)));
        ResponseEntity<String> reviews = get("/api/products/1/reviews");
        assertThat(reviews.getStatusCode().value()).isEqualTo(200);
        assertThat(reviews.getBody()).startsWith("[{");
    }

    @Test
    void aProductTheCatalogDoesNotKnowIs404() {
        assertThat(get("/api/products/4242/reviews").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aSlowCatalogIsA503WithRetryAfter() {
        catalog.stubFor(WireMock.get("/internal/products/1")
                .willReturn(jsonResponse("{\"id\":1,\"exists\":true}", 200).withFixedDelay(3000)));
        ResponseEntity<String> answer = get("/api/products/1/reviews");
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody()).contains("\"type\":\"https://shoplab.dev/problems/unavailable\"");
    }

    private ResponseEntity<String> get(String path) {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .build()
                .get()
                .uri(path)
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
    }
}
