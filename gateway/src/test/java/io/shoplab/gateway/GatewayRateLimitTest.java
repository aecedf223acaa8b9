package io.shoplab.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The per-client rate limit of a running gateway, with a small limit (2 a second, bursts of 5), on a
 * clock that only the test moves: however slow the machine, a spent burst stays spent until the
 * test lets time pass, so every answer below is exact.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "eureka.client.enabled=false",
            "shoplab.gateway.rate-limit.requests-per-second=2",
            "shoplab.gateway.rate-limit.burst=5"
        })
class GatewayRateLimitTest {

    @AutoClose
    static final ServiceStub catalog = new ServiceStub("catalog-service");

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    StoppedClock clock;

    /** Connects from 127.0.0.1, like the other tests' clients. */
    WebTestClient client;

    @TestConfiguration
    static class Clock {

        @Bean
        StoppedClock rateLimitClock() {
            return new StoppedClock();
        }
    }

    /** Nanoseconds that pass only when {@link #advance} is called. */
    static final class StoppedClock implements Ticker {

        private final AtomicLong nanos = new AtomicLong();

        @Override
        public long read() {
            return nanos.get();
        }

        void advance(Duration time) {
            nanos.addAndGet(time.toNanos());
        }
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        catalog.registerIn(registry);
    }

    @BeforeEach
    void startWithFullBuckets() {
        // An hour later every bucket a previous test emptied is full again (and forgotten).
        clock.advance(Duration.ofHours(1));
        client = clientFrom("127.0.0.1");
    }

    @Test
    void answers429WithProblemAndRetryAfterOnceTheBurstIsSpent() {
        spendBurst(client);

        client.get()
                .uri("/api/products/1")
                .header("X-Request-Id", "limited-2")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                // Half a second to the next token, in whole seconds rounded up.
                .expectHeader()
                .valueEquals("Retry-After", "1")
                .expectHeader()
                .valueEquals("X-Request-Id", "limited-2")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://shoplab.dev/problems/too-many-requests")
                .jsonPath("$.title")
                .isEqualTo("Too Many Requests")
                .jsonPath("$.status")
                .isEqualTo(429)
                .jsonPath("$.detail")
                .value(
                        String.class,
                        detail -> assertThat(detail).contains("2 requests per second", "bursts of up to 5"))
                .jsonPath("$.instance")
                .isEqualTo("/api/products/1");
        assertThat(catalog.received()).noneMatch(request -> "limited-2".equals(request.requestId()));
    }

    @Test
    void aClientIsLetThroughAgainOnceItsBucketRefilled() {
        spendBurst(client);

        // Two tokens a second: the next one is whole after 500 ms, not before. Refused requests take nothing.
        clock.advance(Duration.ofMillis(499));
        client.get().uri("/api/products/1").exchange().expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        clock.advance(Duration.ofMillis(1));
        client.get().uri("/api/products/1").exchange().expectStatus().isOk();
        client.get().uri("/api/products/1").exchange().expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void anotherClientAddressIsNotLimitedByThisOne() {
        // The whole 127.0.0.0/8 is loopback on Linux; elsewhere (macOS) only 127.0.0.1 may be.
        Assumptions.assumeTrue(canBind("127.0.0.2"), "127.0.0.2 is not a local address here");
        spendBurst(client);

        clientFrom("127.0.0.2")
                .get()
                .uri("/api/products/1")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void limitsOnlyTheShopApiNeverTheGatewaysHealth() {
        spendBurst(client);

        for (int i = 0; i < 10; i++) {
            client.get()
                    .uri("http://127.0.0.1:" + managementPort + "/actuator/health/readiness")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    /** Sends a whole burst, every request of which reaches the service, and then the one refused. */
    private static void spendBurst(WebTestClient client) {
        for (int sent = 0; sent < 5; sent++) {
            client.get().uri("/api/products/1").exchange().expectStatus().isOk();
        }
        client.get().uri("/api/products/1").exchange().expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    /**
     * A client bound to the given local address, on a connection of its own per request: no pooled
     * connection of another test (or another address) is ever reused.
     */
    private WebTestClient clientFrom(String localAddress) {
        HttpClient http = HttpClient.create(ConnectionProvider.newConnection())
                .bindAddress(() -> new InetSocketAddress(localAddress, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static boolean canBind(String address) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
