package io.shoplab.services.catalog.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;

import io.shoplab.catalog.Availability;
import io.shoplab.catalog.Rating;
import io.shoplab.platform.requestid.RequestIds;
import io.shoplab.platform.web.ServiceUnavailableException;
import io.shoplab.services.support.test.RemoteClientTestApplication;
import io.shoplab.services.support.test.StubService;

/** The catalog's two HTTP adapters against stub services, with this service's timeouts (application.yml). */
@SpringBootTest(classes = { RemoteClientTestApplication.class, HttpStockLevels.class, HttpProductRatings.class },
        webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "eureka.client.enabled=false")
class RemoteAdaptersTest {

    private static final StubService inventory = new StubService();
    private static final StubService reviews = new StubService();

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.inventory-service[0].uri", inventory::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.reviews-service[0].uri", reviews::uri);
    }

    @Autowired
    HttpStockLevels stockLevels;

    @Autowired
    HttpProductRatings ratings;

    @BeforeEach
    void reset() {
        inventory.reset();
        reviews.reset();
    }

    @AfterAll
    static void stop() {
        inventory.close();
        reviews.close();
    }

    @Test
    void readsTheStockOfAProduct() {
        inventory.answer("GET", "/api/inventory/1", 200, "{\"productId\":1,\"available\":5,\"reserved\":2}");
        inventory.answer("GET", "/api/inventory/100", 200, "{\"productId\":100,\"available\":0,\"reserved\":0}");
        assertThat(stockLevels.availabilityOf(1)).isEqualTo(Availability.of(5));
        assertThat(stockLevels.availabilityOf(100).status()).isEqualTo(Availability.Status.OUT_OF_STOCK);
    }

    @Test
    void aProductInventoryDoesNotKnowIsAnErrorNotAnOutage() {
        assertThatThrownBy(() -> stockLevels.availabilityOf(7)).isInstanceOf(HttpClientErrorException.NotFound.class);
    }

    @Test
    void readsTheRatingAndSendsTheRequestIdAlong() {
        reviews.answer("GET", "/internal/ratings/1", 200, "{\"average\":4.25,\"count\":4}");
        reviews.answer("GET", "/internal/ratings/2", 200, "{\"average\":null,\"count\":0}");
        MDC.put(RequestIds.MDC_KEY, "page-7");
        try {
            assertThat(ratings.ratingOf(1)).isEqualTo(Rating.of(new BigDecimal("4.25"), 4));
        }
        finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
        assertThat(ratings.ratingOf(2)).isEqualTo(Rating.of(null, 0));
        assertThat(reviews.received().get(0).requestId()).isEqualTo("page-7");
    }

    @Test
    void slowReviewsAreCutOffBeforeThePageStopsWaiting() {
        reviews.answer("GET", "/internal/ratings/1", 200, "{\"average\":4.25,\"count\":4}", Duration.ofSeconds(2));
        long started = System.nanoTime();
        assertThatThrownBy(() -> ratings.ratingOf(1))
                .isInstanceOfSatisfying(ServiceUnavailableException.class, e -> assertThat(e.component()).isEqualTo("reviews"));
        // The read timeout (250 ms) fires, not the stub's 2 s.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1000));
    }

    @Test
    void failingInventoryIsAnOutage() {
        inventory.answer("GET", "/api/inventory/1", 503, "{}");
        assertThatThrownBy(() -> stockLevels.availabilityOf(1))
                .isInstanceOfSatisfying(ServiceUnavailableException.class, e -> assertThat(e.component()).isEqualTo("inventory"));
    }
}
