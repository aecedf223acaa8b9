package io.shoplab.services.orders.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.shoplab.orders.Order;
import io.shoplab.orders.PaymentGateway.PaymentState;
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

/** The orders' three HTTP adapters against stub services, with this service's timeouts and guards (application.yml). */
@SpringBootTest(
        classes = {
            RemoteClientTestApplication.class,
            HttpPriceList.class,
            HttpStockReservations.class,
            HttpPaymentGateway.class
        },
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "eureka.client.enabled=false")
class RemoteAdaptersTest {

    private static final UUID ORDER = UUID.fromString("2a4e6c80-1b3d-4f5a-8c7e-9d0f1a2b3c4d");

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

    @Autowired
    HttpPriceList prices;

    @Autowired
    HttpStockReservations stock;

    @Autowired
    HttpPaymentGateway gateway;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @BeforeEach
    void reset() {
        circuitBreakers.getAllCircuitBreakers().forEach(breaker -> breaker.reset());
    }

    @Test
    void pricesExactlyAndSendsTheRequestIdAlong() {
        catalog.stubFor(get("/internal/prices?ids=1,2,999")
                .willReturn(jsonResponse("{\"currency\":\"EUR\",\"prices\":{\"1\":12.30,\"2\":0.10}}", 200)));
        MDC.put(RequestIds.MDC_KEY, "order-1");
        try {
            assertThat(prices.pricesOf(new TreeSet<>(List.of(1L, 2L, 999L))))
                    .isEqualTo(Map.of(1L, new BigDecimal("12.30"), 2L, new BigDecimal("0.10")));
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
        assertThat(prices.currency()).isEqualTo("EUR");
        assertThat(catalog.received())
                .isNotEmpty()
                .allSatisfy(
                        request -> assertThat(request.getHeader("X-Request-Id")).isEqualTo("order-1"));
    }

    @Test
    void reservesCommitsAndReleasesByOrderId() {
        inventory.stubFor(put("/internal/reservations/" + ORDER)
                .willReturn(jsonResponse("{\"orderId\":\"" + ORDER + "\",\"status\":\"RESERVED\"}", 200)));
        inventory.stubFor(post("/internal/reservations/" + ORDER + "/commit")
                .willReturn(jsonResponse("{\"orderId\":\"" + ORDER + "\",\"status\":\"COMMITTED\"}", 200)));
        inventory.stubFor(post("/internal/reservations/" + ORDER + "/release")
                .willReturn(jsonResponse("{\"orderId\":\"" + ORDER + "\",\"status\":\"RELEASED\"}", 200)));
        assertThat(stock.reserve(ORDER, List.of(new Order.Line(7, 2, new BigDecimal("1.00")))))
                .isTrue();
        assertThat(stock.commit(ORDER)).as("sold").isTrue();
        assertThat(stock.release(ORDER)).as("nothing held").isTrue();
        assertThat(inventory.received())
                .extracting(LoggedRequest::getUrl)
                .containsExactly(
                        "/internal/reservations/" + ORDER,
                        "/internal/reservations/" + ORDER + "/commit",
                        "/internal/reservations/" + ORDER + "/release");
        assertThat(inventory.received().get(0).getBodyAsString())
                .isEqualTo("{\"items\":[{\"productId\":7,\"quantity\":2}]}");
    }

    @Test
    void readsWhatTheSettlementsAnswer() {
        // The hold was released before the commit arrived; the release came after the sale.
        inventory.stubFor(post("/internal/reservations/" + ORDER + "/commit")
                .willReturn(jsonResponse("{\"orderId\":\"" + ORDER + "\",\"status\":\"RELEASED\"}", 200)));
        inventory.stubFor(post("/internal/reservations/" + ORDER + "/release")
                .willReturn(jsonResponse("{\"orderId\":\"" + ORDER + "\",\"status\":\"COMMITTED\"}", 200)));
        assertThat(stock.commit(ORDER)).as("nothing sold").isFalse();
        assertThat(stock.release(ORDER)).as("sold, so not given back").isFalse();
    }

    @Test
    void outOfStockIsNoReservation() {
        inventory.stubFor(put("/internal/reservations/" + ORDER)
                .willReturn(jsonResponse("{\"orderId\":\"" + ORDER + "\",\"status\":\"OUT_OF_STOCK\"}", 200)));
        assertThat(stock.reserve(ORDER, List.of(new Order.Line(100, 1, new BigDecimal("1.00")))))
                .isFalse();
    }

    @Test
    void capturesTheExactAmountAndReadsTheState() {
        payments.stubFor(put("/internal/payments/" + ORDER)
                .willReturn(jsonResponse("{\"orderId\":\"" + ORDER + "\",\"status\":\"CAPTURED\"}", 200)));
        payments.stubFor(get("/internal/payments/" + ORDER)
                .willReturn(jsonResponse("{\"orderId\":\"" + ORDER + "\",\"status\":\"VOIDED\"}", 200)));
        assertThat(gateway.capture(ORDER, "c-1", new BigDecimal("24.60"), "EUR", "tok_ok"))
                .isTrue();
        assertThat(payments.received().get(0).getBodyAsString())
                .isEqualTo(
                        "{\"customerId\":\"c-1\",\"amount\":24.60,\"currency\":\"EUR\",\"paymentToken\":\"tok_ok\"}");
        assertThat(gateway.stateOf(ORDER)).isEqualTo(PaymentState.UNDONE);
        assertThat(gateway.stateOf(UUID.randomUUID())).isEqualTo(PaymentState.NONE);
    }

    @Test
    void aDeclineIsNoCapture() {
        payments.stubFor(put("/internal/payments/" + ORDER)
                .willReturn(jsonResponse("{\"orderId\":\"" + ORDER + "\",\"status\":\"DECLINED\"}", 200)));
        assertThat(gateway.capture(ORDER, "c-1", new BigDecimal("24.60"), "EUR", "tok_declined"))
                .isFalse();
    }

    @Test
    void aSlowInventoryIsAskedTwiceThenUnavailableWithinTheBudget() {
        inventory.stubFor(put("/internal/reservations/" + ORDER)
                .willReturn(jsonResponse("{\"orderId\":\"" + ORDER + "\",\"status\":\"RESERVED\"}", 200)
                        .withFixedDelay(3000)));
        long started = System.nanoTime();
        assertThatThrownBy(() -> stock.reserve(ORDER, List.of(new Order.Line(1, 1, new BigDecimal("1.00")))))
                .isInstanceOfSatisfying(
                        ServiceUnavailableException.class,
                        e -> assertThat(e.component()).isEqualTo("inventory"));
        // Two attempts of 800 ms and a 100 ms pause, far inside the gateway's 5 s for placing an order.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        assertThat(inventory.received()).hasSize(2);
    }

    @Test
    void aFailingPaymentProviderIsUnavailable() {
        payments.stubFor(post("/internal/payments/" + ORDER + "/refund").willReturn(jsonResponse("{}", 503)));
        assertThatThrownBy(() -> gateway.refund(ORDER))
                .isInstanceOfSatisfying(
                        ServiceUnavailableException.class,
                        e -> assertThat(e.component()).isEqualTo("payments"));
    }
}
