package io.shoplab.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.netty.http.client.HttpClient;

/**
 * The per-client rate limit of a running gateway, with a small limit (2 a second, bursts of 5) so
 * that a test spends a client's burst in a few requests and sees it refill within a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "eureka.client.enabled=false",
        "shoplab.gateway.rate-limit.requests-per-second=2",
        "shoplab.gateway.rate-limit.burst=5" })
class GatewayRateLimitTests {

    static final ServiceStub catalog = new ServiceStub("catalog-service");

    @LocalServerPort
    int port;

    /** Connects from 127.0.0.1, like the other tests' clients. */
    WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::uri);
    }

    @AfterAll
    static void stopStub() {
        catalog.close();
    }

    @BeforeEach
    void connect() {
        client = clientFrom("127.0.0.1");
    }

    @Test
    void answers429WithProblemAndRetryAfterOnceTheBurstIsSpent() {
        EntityExchangeResult<byte[]> refused = spendBurst(client);

        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(refused.getResponseHeaders().getFirst("X-Request-Id")).isEqualTo("limited-1");
        client.get().uri("/api/products/1").header("X-Request-Id", "limited-2").exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().valueEquals("X-Request-Id", "limited-2")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://shoplab.dev/problems/too-many-requests")
                .jsonPath("$.title").isEqualTo("Too Many Requests")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("2 requests per second", "bursts of up to 5"))
                .jsonPath("$.instance").isEqualTo("/api/products/1");
    }

    @Test
    void aClientIsLetThroughAgainOnceItsBucketRefilled() {
        spendBurst(client);
        // Two tokens a second: one is back within half a second. Refused polls take nothing.
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100)).until(() ->
                client.get().uri("/api/products/1").exchange().expectBody().returnResult().getStatus().value() == 200);
    }

    @Test
    void anotherClientAddressIsNotLimitedByThisOne() {
        // The whole 127.0.0.0/8 is loopback on Linux; elsewhere (macOS) only 127.0.0.1 may be.
        Assumptions.assumeTrue(canBind("127.0.0.2"), "127.0.0.2 is not a local address here");
        spendBurst(client);

        clientFrom("127.0.0.2").get().uri("/api/products/1").exchange().expectStatus().isOk();
    }

    @Test
    void limitsOnlyTheShopApiNeverTheGatewaysHealth() {
        spendBurst(client);

        for (int i = 0; i < 10; i++) {
            client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        }
    }

    /**
     * Sends until the first 429 and returns it. Whatever a previous test left in the bucket, at 2 a
     * second and bursts of 5 that comes long before 50 requests; until then every answer is the service's.
     */
    private static EntityExchangeResult<byte[]> spendBurst(WebTestClient client) {
        for (int sent = 0; sent < 50; sent++) {
            EntityExchangeResult<byte[]> result = client.get().uri("/api/products/1").header("X-Request-Id", "limited-1")
                    .exchange().expectBody().returnResult();
            if (result.getStatus().value() == 429) {
                return result;
            }
            assertThat(result.getStatus().value()).isEqualTo(200);
        }
        throw new AssertionError("no 429 after 50 requests at a limit of 2 a second");
    }

    private WebTestClient clientFrom(String localAddress) {
        HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(localAddress, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static boolean canBind(String address) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }
}
