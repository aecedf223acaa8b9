package io.shoplab.services.reviews.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.shoplab.platform.requestid.RequestIds;
import io.shoplab.platform.web.ServiceUnavailableException;
import io.shoplab.services.support.test.RemoteClientTestApplication;
import io.shoplab.services.support.test.ServiceStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The reviews' HTTP adapter against a stub catalog, with this service's timeouts and guards (application.yml). */
@SpringBootTest(
        classes = {RemoteClientTestApplication.class, HttpProductDirectory.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "eureka.client.enabled=false")
class HttpProductDirectoryTest {

    @RegisterExtension
    static final ServiceStub catalog = new ServiceStub();

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
        circuitBreakers.circuitBreaker("catalog").reset();
    }

    @Test
    void aKnownProductExistsAndTheRequestIdGoesAlong() {
        catalog.stubFor(get("/internal/products/1").willReturn(jsonResponse("{\"id\":1,\"exists\":true}", 200)));
        MDC.put(RequestIds.MDC_KEY, "review-1");
        try {
            assertThat(products.exists(1)).isTrue();
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
        assertThat(catalog.received())
                .isNotEmpty()
                .allSatisfy(
                        request -> assertThat(request.getHeader("X-Request-Id")).isEqualTo("review-1"));
    }

    @Test
    void a404MeansNoSuchProductAskedOnceAndNoMarkAgainstTheCatalog() {
        assertThat(products.exists(999)).isFalse();
        assertThat(catalog.received()).hasSize(1);
        assertThat(circuitBreakers.circuitBreaker("catalog").getMetrics().getNumberOfFailedCalls())
                .isZero();
    }

    @Test
    void aFailingCatalogIsAskedTwiceThenUnavailable() {
        catalog.stubFor(get("/internal/products/1").willReturn(jsonResponse("{}", 500)));
        assertThatThrownBy(() -> products.exists(1))
                .isInstanceOfSatisfying(
                        ServiceUnavailableException.class,
                        e -> assertThat(e.component()).isEqualTo("catalog"));
        assertThat(catalog.received()).hasSize(2);
    }

    @Test
    void aSlowCatalogIsCutOffWithinTheBudget() {
        catalog.stubFor(get("/internal/products/1")
                .willReturn(jsonResponse("{\"id\":1,\"exists\":true}", 200).withFixedDelay(3000)));
        long started = System.nanoTime();
        assertThatThrownBy(() -> products.exists(1)).isInstanceOf(ServiceUnavailableException.class);
        // Two attempts of 500 ms and a 100 ms pause: inside the gateway's 2 s for the reviews routes.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2000));
    }
}
