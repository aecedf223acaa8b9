package io.shoplab.services.reviews.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.shoplab.platform.requestid.RequestIds;
import io.shoplab.platform.web.ServiceUnavailableException;
import io.shoplab.services.support.test.RemoteClientTestApplication;
import io.shoplab.services.support.test.StubService;

/** The reviews' HTTP adapter against a stub catalog, with this service's timeouts and guards (application.yml). */
@SpringBootTest(classes = { RemoteClientTestApplication.class, HttpProductDirectory.class },
        webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "eureka.client.enabled=false")
class HttpProductDirectoryTest {

    private static final StubService catalog = new StubService();

    @DynamicPropertySource
    static void stub(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::uri);
    }

    @Autowired
    HttpProductDirectory products;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @BeforeEach
    void reset() {
        catalog.reset();
        circuitBreakers.circuitBreaker("catalog").reset();
    }

    @AfterAll
    static void stop() {
        catalog.close();
    }

    @Test
    void aKnownProductExistsAndTheRequestIdGoesAlong() {
        catalog.answer("GET", "/internal/products/1", 200, "{\"id\":1,\"exists\":true}");
        MDC.put(RequestIds.MDC_KEY, "review-1");
        try {
            assertThat(products.exists(1)).isTrue();
        }
        finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
        assertThat(catalog.received()).isNotEmpty().allSatisfy(request -> assertThat(request.requestId()).isEqualTo("review-1"));
    }

    @Test
    void a404MeansNoSuchProductAskedOnceAndNoMarkAgainstTheCatalog() {
        assertThat(products.exists(999)).isFalse();
        assertThat(catalog.received()).hasSize(1);
        assertThat(circuitBreakers.circuitBreaker("catalog").getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void aFailingCatalogIsAskedTwiceThenUnavailable() {
        catalog.answer("GET", "/internal/products/1", 500, "{}");
        assertThatThrownBy(() -> products.exists(1))
                .isInstanceOfSatisfying(ServiceUnavailableException.class, e -> assertThat(e.component()).isEqualTo("catalog"));
        assertThat(catalog.received()).hasSize(2);
    }

    @Test
    void aSlowCatalogIsCutOffWithinTheBudget() {
        catalog.answer("GET", "/internal/products/1", 200, "{\"id\":1,\"exists\":true}", Duration.ofSeconds(3));
        long started = System.nanoTime();
        assertThatThrownBy(() -> products.exists(1)).isInstanceOf(ServiceUnavailableException.class);
        // Two attempts of 500 ms and a 100 ms pause: inside the gateway's 2 s for the reviews routes.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2000));
    }
}
