package io.shoplab.services.catalog.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;

import io.shoplab.catalog.Availability;
import io.shoplab.catalog.Rating;
import io.shoplab.platform.requestid.RequestIds;
import io.shoplab.platform.web.ServiceUnavailableException;
import io.shoplab.services.support.test.RemoteClientTestApplication;
import io.shoplab.services.support.test.ServiceStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;

/** The catalog's two HTTP adapters against stub services, with this service's timeouts (application.yml). */
@SpringBootTest(
        classes = {RemoteClientTestApplication.class, HttpStockLevels.class, HttpProductRatings.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "eureka.client.enabled=false")
class RemoteAdaptersTest {

    @RegisterExtension
    static final ServiceStub inventory = new ServiceStub();

    @RegisterExtension
    static final ServiceStub reviews = new ServiceStub();

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.inventory-service[0].uri", inventory::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.reviews-service[0].uri", reviews::uri);
    }

    @Autowired
    HttpStockLevels stockLevels;

    @Autowired
    HttpProductRatings ratings;

    @Test
    void readsTheStockOfAProduct() {
        inventory.stubFor(get("/api/inventory/1")
                .willReturn(jsonResponse("{\"productId\":1,\"available\":5,\"reserved\":2}", 200)));
        inventory.stubFor(get("/api/inventory/100")
                .willReturn(jsonResponse("{\"productId\":100,\"available\":0,\"reserved\":0}", 200)));
        assertThat(stockLevels.availabilityOf(1)).isEqualTo(Availability.of(5));
        assertThat(stockLevels.availabilityOf(100).status()).isEqualTo(Availability.Status.OUT_OF_STOCK);
    }

    @Test
    void aProductInventoryDoesNotKnowIsAnErrorNotAnOutage() {
        assertThatThrownBy(() -> stockLevels.availabilityOf(7)).isInstanceOf(HttpClientErrorException.NotFound.class);
    }

    @Test
    void readsTheRatingAndSendsTheRequestIdAlong() {
        reviews.stubFor(get("/internal/ratings/1").willReturn(jsonResponse("{\"average\":4.25,\"count\":4}", 200)));
        reviews.stubFor(get("/internal/ratings/2").willReturn(jsonResponse("{\"average\":null,\"count\":0}", 200)));
        MDC.put(RequestIds.MDC_KEY, "page-7");
        try {
            assertThat(ratings.ratingOf(1)).isEqualTo(Rating.of(new BigDecimal("4.25"), 4));
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
        assertThat(ratings.ratingOf(2)).isEqualTo(Rating.of(null, 0));
        assertThat(reviews.received().get(0).getHeader("X-Request-Id")).isEqualTo("page-7");
    }

    @Test
    void slowReviewsAreCutOffBeforeThePageStopsWaiting() {
        reviews.stubFor(get("/internal/ratings/1")
                .willReturn(jsonResponse("{\"average\":4.25,\"count\":4}", 200).withFixedDelay(2000)));
        long started = System.nanoTime();
        assertThatThrownBy(() -> ratings.ratingOf(1))
                .isInstanceOfSatisfying(
                        ServiceUnavailableException.class,
                        e -> assertThat(e.component()).isEqualTo("reviews"));
        // The read timeout (250 ms) fires, not the stub's 2 s.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1000));
    }

    @Test
    void failingInventoryIsAnOutage() {
        inventory.stubFor(get("/api/inventory/1").willReturn(jsonResponse("{}", 503)));
        assertThatThrownBy(() -> stockLevels.availabilityOf(1))
                .isInstanceOfSatisfying(
                        ServiceUnavailableException.class,
                        e -> assertThat(e.component()).isEqualTo("inventory"));
    }
}
