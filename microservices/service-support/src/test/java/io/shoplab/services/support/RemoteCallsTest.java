package io.shoplab.services.support;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
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
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** A remote call through discovery, load balancer, timeouts, retry and breaker, against a stub service. */
@SpringBootTest(
        classes = RemoteClientTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "eureka.client.enabled=false",
            "shoplab.remote.services.stub-service.read-timeout=500ms",
            "resilience4j.retry.configs.default.max-attempts=2",
            "resilience4j.retry.configs.default.wait-duration=10ms",
            "resilience4j.retry.configs.default.ignore-exceptions=org.springframework.web.client.HttpClientErrorException",
            "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
            "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
            "resilience4j.circuitbreaker.configs.default.ignore-exceptions=org.springframework.web.client.HttpClientErrorException"
        })
class RemoteCallsTest {

    @RegisterExtension
    static final ServiceStub stub = new ServiceStub();

    @DynamicPropertySource
    static void stubInstance(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.stub-service[0].uri", stub::uri);
    }

    @Autowired
    RemoteCalls calls;

    @Autowired
    RemoteClients clients;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Autowired
    Tracer tracer;

    @Autowired
    Propagator propagator;

    @Autowired
    PrometheusMeterRegistry prometheus;

    @BeforeEach
    void reset() {
        circuitBreakers.circuitBreaker("stub").reset();
    }

    @Test
    void findsTheServiceAndSendsTheRequestIdAlong() {
        stub.stubFor(get("/hello").willReturn(jsonResponse("{\"greeting\":\"hi\"}", 200)));
        MDC.put(RequestIds.MDC_KEY, "req-42");
        try {
            Greeting greeting = calls.call(
                    "stub", () -> client().get().uri("/hello").retrieve().body(Greeting.class));
            assertThat(greeting.greeting()).isEqualTo("hi");
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
        assertThat(stub.received())
                .isNotEmpty()
                .allSatisfy(
                        request -> assertThat(request.getHeader("X-Request-Id")).isEqualTo("req-42"));
    }

    @Test
    void continuesTheIncomingTraceWithTraceparent() {
        stub.stubFor(get("/hello").willReturn(jsonResponse("{\"greeting\":\"hi\"}", 200)));
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        // As the server side does with an incoming request's traceparent header.
        Span incoming = propagator
                .extract(Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"), Map::get)
                .name("incoming")
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(incoming)) {
            calls.call("stub", () -> client().get().uri("/hello").retrieve().body(Greeting.class));
        } finally {
            incoming.end();
        }
        // The same trace; the parent is the client call's own span, a child of the incoming one.
        assertThat(stub.received())
                .singleElement()
                .extracting(request -> request.getHeader("traceparent"))
                .asString()
                .matches("00-" + traceId + "-\\p{XDigit}{16}-01")
                .doesNotContain("00f067aa0ba902b7")
                .doesNotContain(incoming.context().spanId());
    }

    @Test
    void guardsAndCallsShowInPrometheus() {
        stub.stubFor(get("/hello").willReturn(jsonResponse("{\"greeting\":\"hi\"}", 200)));
        calls.call("stub", () -> client().get().uri("/hello").retrieve().body(Greeting.class));

        assertThat(prometheus.scrape())
                .containsPattern(
                        "resilience4j_circuitbreaker_state\\{[^}]*name=\"stub\"[^}]*state=\"closed\"[^}]*} 1\\.0")
                .containsPattern("resilience4j_bulkhead_available_concurrent_calls\\{[^}]*name=\"stub\"")
                .containsPattern("resilience4j_retry_calls_total\\{[^}]*name=\"stub\"")
                .containsPattern("http_client_requests_seconds_bucket\\{[^}]*client_name=\"stub-service\"");
    }

    @Test
    void aFailingServiceIsAskedTwiceThenReportedUnavailable() {
        stub.stubFor(get("/hello").willReturn(jsonResponse("{}", 500)));
        assertThatThrownBy(() -> calls.call(
                        "stub", () -> client().get().uri("/hello").retrieve().body(Greeting.class)))
                .isInstanceOfSatisfying(
                        ServiceUnavailableException.class,
                        e -> assertThat(e.component()).isEqualTo("stub"));
        assertThat(stub.received()).hasSize(2);
    }

    @Test
    void aSlowServiceIsCutOffByTheReadTimeout() {
        stub.stubFor(get("/hello")
                .willReturn(jsonResponse("{\"greeting\":\"late\"}", 200).withFixedDelay(3000)));
        long started = System.nanoTime();
        assertThatThrownBy(() -> calls.call(
                        "stub", () -> client().get().uri("/hello").retrieve().body(Greeting.class)))
                .isInstanceOf(ServiceUnavailableException.class);
        // Two attempts of 500 ms each, not two of the stub's 3 s.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void aClientErrorIsNeitherRetriedNorAnOutage() {
        assertThatThrownBy(() -> calls.call(
                        "stub", () -> client().get().uri("/nothing").retrieve().body(Greeting.class)))
                .isInstanceOf(HttpClientErrorException.NotFound.class);
        assertThat(stub.received()).hasSize(1);
        assertThat(circuitBreakers.circuitBreaker("stub").getMetrics().getNumberOfFailedCalls())
                .isZero();
    }

    @Test
    void anOpenBreakerAnswersAtOnceWithoutAskingTheService() {
        stub.stubFor(get("/hello").willReturn(jsonResponse("{}", 503)));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> calls.call(
                            "stub",
                            () -> client().get().uri("/hello").retrieve().body(Greeting.class)))
                    .isInstanceOf(ServiceUnavailableException.class);
        }
        int asked = stub.received().size();
        assertThatThrownBy(() -> calls.call(
                        "stub", () -> client().get().uri("/hello").retrieve().body(Greeting.class)))
                .isInstanceOf(ServiceUnavailableException.class);
        assertThat(stub.received()).hasSize(asked);
    }

    private RestClient client() {
        return clients.forService("stub-service");
    }

    record Greeting(String greeting) {}
}
