package io.shoplab.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway against local stand-ins for the services, found through static discovery instead
 * of Eureka: what it routes (and what it never does), request ids, the body limit, and that a down
 * or slow service is a quick 503 problem, never a 200.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "eureka.client.enabled=false",
            // Short timers so that the slow and down cases finish in about a second.
            "shoplab.gateway.response-timeout-ms.reviews=500",
            "resilience4j.timelimiter.instances.reviews-service.timeout-duration=1s",
            "resilience4j.circuitbreaker.instances.inventory-service.minimum-number-of-calls=4",
            "resilience4j.circuitbreaker.instances.inventory-service.sliding-window-size=4",
            // Off, as for the load experiments: every request here comes from 127.0.0.1 (GatewayRateLimitTest).
            "shoplab.gateway.rate-limit.enabled=false",
            "shoplab.example.password=not-for-your-eyes"
        })
class GatewayRoutingTest {

    @AutoClose
    static final ServiceStub catalog = new ServiceStub("catalog-service");

    @AutoClose
    static final ServiceStub reviews = new ServiceStub("reviews-service");

    @AutoClose
    static final ServiceStub inventory = new ServiceStub("inventory-service");

    @AutoClose
    static final ServiceStub orders = new ServiceStub("orders-service");

    private static final JsonMapper json = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        catalog.registerIn(registry);
        // A second catalog instance that refuses connections, as a killed one still listed would.
        registry.add(ServiceStub.instanceUri("catalog-service", 1), () -> "http://127.0.0.1:" + closedPort());
        reviews.registerIn(registry);
        inventory.registerIn(registry);
        orders.registerIn(registry);
    }

    @Test
    void routesEachPublicPathToItsServiceUnchanged() throws Exception {
        // Every other catalog call first meets the dead instance: a GET retried on the connect
        // error reaches the live one, so each of them still answers 200.
        for (String path : new String[] {"/api/products", "/api/products/7", "/api/products/8", "/api/products/9"}) {
            assertThat(service(send("GET", path, null, null))).isEqualTo("catalog-service " + path);
        }
        assertThat(service(send("GET", "/api/products/7/reviews", null, null)))
                .isEqualTo("reviews-service /api/products/7/reviews");
        assertThat(service(send("GET", "/api/products/7/reviews/3", null, null)))
                .isEqualTo("reviews-service /api/products/7/reviews/3");
        assertThat(service(send("GET", "/api/orders/abc", null, null))).isEqualTo("orders-service /api/orders/abc");

        String order = "{\"customerId\":\"c-1\",\"lines\":[{\"productId\":1,\"quantity\":2}]}";
        HttpResponse<String> placed = send("POST", "/api/orders", null, BodyPublishers.ofString(order));
        assertThat(service(placed)).isEqualTo("orders-service /api/orders");
        assertThat(orders.received()).anyMatch(r -> r.method().equals("POST") && r.bodyBytes() == order.length());

        // A service's own error passes through as it is, and is not retried.
        HttpResponse<String> failed = send("GET", "/api/products/7/reviews/500", null, null);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(reviews.hits("/api/products/7/reviews/500")).isEqualTo(1);

        assertProblem(send("GET", "/api/products/", null, null), 404, "not-found");
    }

    @Test
    void echoesGeneratesAndForwardsRequestIds() throws Exception {
        HttpResponse<String> echoed = send("GET", "/api/orders/echo", "caller-id.1:a_b", null);
        assertThat(echoed.headers().firstValue("X-Request-Id")).hasValue("caller-id.1:a_b");
        assertThat(echoed.headers().allValues("X-Request-Id")).hasSize(1);

        HttpResponse<String> replaced = send("GET", "/api/orders/replaced", "not valid\t<id>", null);
        String generated = replaced.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(generated)).isNotNull();

        HttpResponse<String> fresh = send("GET", "/api/orders/fresh", null, null);
        String freshId = fresh.headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(orders.received())
                .anyMatch(r -> r.path().equals("/api/orders/echo") && "caller-id.1:a_b".equals(r.requestId()));
        assertThat(orders.received())
                .anyMatch(r -> r.path().equals("/api/orders/replaced") && generated.equals(r.requestId()));
        assertThat(orders.received())
                .anyMatch(r -> r.path().equals("/api/orders/fresh") && freshId.equals(r.requestId()));

        // Errors written by the gateway itself carry it too.
        assertThat(send("GET", "/nowhere", "err-1", null).headers().firstValue("X-Request-Id"))
                .hasValue("err-1");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void continuesTheCallersTraceToTheServiceAndLogsIt(CapturedOutput output) throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callersSpan = "00f067aa0ba902b7";
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel("io.shoplab.gateway.access", LogLevel.DEBUG);
        try {
            HttpResponse<String> traced = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/orders/traced"))
                            .header("traceparent", "00-" + traceId + "-" + callersSpan + "-01")
                            .header("X-Request-Id", "traced-1")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(traced.statusCode()).isEqualTo(200);
        } finally {
            logging.setLogLevel("io.shoplab.gateway.access", null);
        }
        send("GET", "/api/orders/untraced", null, null);

        // The same trace, with a span of the gateway's own as the parent.
        assertThat(forwarded(orders, "/api/orders/traced").traceparent())
                .matches("00-" + traceId + "-\\p{XDigit}{16}-01")
                .doesNotContain(callersSpan);
        // No trace from the client: the gateway starts one, not sampled (no span is exported; the ids still travel).
        assertThat(forwarded(orders, "/api/orders/untraced").traceparent())
                .matches("00-\\p{XDigit}{32}-\\p{XDigit}{16}-00");
        // The access log line names the app, the trace, a span and the request id.
        assertThat(output.getOut())
                .containsPattern(
                        "\\[gateway," + traceId + ",\\p{XDigit}{16},traced-1\\] io\\.shoplab\\.gateway\\.access");
    }

    @Test
    void exposesBreakerAndProxyMetrics() throws Exception {
        send("GET", "/api/orders/metered", null, null);

        HttpResponse<String> metrics = send(managementPort, "GET", "/actuator/prometheus", null, null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern(
                        "resilience4j_circuitbreaker_state\\{[^}]*name=\"orders-service\"[^}]*state=\"closed\"[^}]*} 1\\.0")
                .contains("resilience4j_timelimiter_calls_total{")
                .containsPattern("http_client_requests_seconds_bucket\\{[^}]*\"lb://orders-service\"")
                .contains("http_server_requests_seconds_bucket{");
    }

    @Test
    void servesAndForwardsOnTheSameEventLoops(
            @Autowired LoopResources gatewayLoops,
            @Autowired ReactorResourceFactory serverResources,
            @Autowired reactor.netty.http.client.HttpClient forwarding)
            throws Exception {
        assertThat(send("GET", "/api/orders/looped", null, null).statusCode()).isEqualTo(200);

        // The server (Spring Boot gives it this factory) and the client that forwards run on one set of loops.
        assertThat(serverResources.getLoopResources()).isSameAs(gatewayLoops);
        assertThat(forwarding.configuration().loopResources()).isSameAs(gatewayLoops);
        assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName))
                .anyMatch(name -> name.startsWith("gateway-http-"));
    }

    @Test
    void tellsItsTimersButNotItsSecretsOnItsManagementPort() throws Exception {
        HttpResponse<String> timeout =
                send(managementPort, "GET", "/actuator/env/shoplab.gateway.response-timeout-ms.reviews", null, null);
        assertThat(timeout.statusCode()).isEqualTo(200);
        assertThat(timeout.body()).contains("\"value\":\"500\"");

        HttpResponse<String> secret = send(managementPort, "GET", "/actuator/env/shoplab.example.password", null, null);
        assertThat(secret.body()).contains("\"value\":\"******\"").doesNotContain("not-for-your-eyes");
        assertProblem(send("GET", "/actuator/env/shoplab.example.password", null, null), 404, "not-found");
    }

    @Test
    void refusesBodiesOver64KiB() throws Exception {
        byte[] big = new byte[65_537];
        assertProblem(send("POST", "/api/orders", null, BodyPublishers.ofByteArray(big)), 413, "payload-too-large");
        // Without Content-Length (chunked), the limit holds while the body streams in.
        BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big));
        assertProblem(send("POST", "/api/products/1/reviews", null, chunked), 413, "payload-too-large");
        assertThat(orders.received()).noneMatch(r -> r.bodyBytes() > 65_536);
        assertThat(reviews.received()).noneMatch(r -> r.bodyBytes() > 65_536);
    }

    @Test
    void neverRoutesOperationsOrInternalPaths() throws Exception {
        for (String path : new String[] {
            "/actuator/faults",
            "/internal/x",
            "/api/nope",
            "/fallback/catalog-service",
            "/api/orders/../../internal/x",
            "/api/orders/..;/..;/internal/x",
            "/api/orders/%2e%2e/%2e%2e/internal/x"
        }) {
            assertProblem(send("GET", path, null, null), 404, "not-found");
        }
        assertProblem(
                send("PUT", "/actuator/faults/reviews", null, BodyPublishers.ofString("{\"latencyMs\":1}")),
                404,
                "not-found");
        for (ServiceStub stub : new ServiceStub[] {catalog, reviews, inventory, orders}) {
            assertThat(stub.received())
                    .noneMatch(r -> r.path().contains("internal") || r.path().contains("actuator"));
        }
        // The gateway's own health is served, by the gateway, on its management port only.
        assertProblem(send("GET", "/actuator/health/readiness", null, null), 404, "not-found");
        assertThat(send(managementPort, "GET", "/actuator/health/readiness", null, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void slowServiceGives503WithinTheTimeout() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> slow = send("GET", "/api/products/666/reviews", "slow-1", null);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertProblem(slow, 503, "unavailable");
        assertThat(slow.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(slow.headers().firstValue("X-Request-Id")).hasValue("slow-1");
        assertThat(took).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void downServiceGives503AndItsBreakerOpens() throws Exception {
        assertThat(service(send("GET", "/api/inventory/5", null, null)))
                .isEqualTo("inventory-service /api/inventory/5");
        inventory.close();

        HttpResponse<String> down = send("GET", "/api/inventory/5", null, null);
        assertProblem(down, 503, "unavailable");
        assertThat(down.headers().firstValue("Retry-After")).hasValue("1");
        // Whatever the method: the fallback is a forward that keeps the client's.
        assertProblem(send("POST", "/api/inventory/5", null, BodyPublishers.ofString("{}")), 503, "unavailable");

        CircuitBreaker breaker = circuitBreakers.circuitBreaker("inventory-service");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertProblem(send("GET", "/api/inventory/5", null, null), 503, "unavailable");
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        });
    }

    private HttpResponse<String> send(String method, String path, String requestId, BodyPublisher body)
            throws IOException, InterruptedException {
        return send(port, method, path, requestId, body);
    }

    private HttpResponse<String> send(int toPort, String method, String path, String requestId, BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + toPort + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody() : body);
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ServiceStub.Received forwarded(ServiceStub stub, String path) {
        return stub.received().stream()
                .filter(r -> r.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    /** "service path" as the stub behind reported it, after checking the gateway answered 200. */
    private static String service(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        return body.get("service").asString() + " " + body.get("path").asString();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://shoplab.dev/problems/" + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
