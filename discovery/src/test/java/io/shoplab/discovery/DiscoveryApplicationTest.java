package io.shoplab.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The server starts, shows its dashboard, answers the registry API that clients poll, and tells its settings. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "shoplab.example.password=not-for-your-eyes")
class DiscoveryApplicationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Test
    void servesDashboardRegistryAndHealth() throws Exception {
        HttpResponse<String> dashboard = get("/", "text/html");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Eureka");

        HttpResponse<String> apps = get("/eureka/apps", "application/json");
        assertThat(apps.statusCode()).isEqualTo(200);
        assertThat(apps.body()).contains("applications");

        HttpResponse<String> health = get("/actuator/health/readiness", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", "text/plain").statusCode()).isEqualTo(200);
        assertThat(managementPort).as("actuator on a port of its own").isNotEqualTo(port);
    }

    @Test
    void tellsItsTimersButNotItsSecrets() throws Exception {
        HttpResponse<String> eviction =
                get("/actuator/env/eureka.server.eviction-interval-timer-in-ms", "application/json");
        assertThat(eviction.statusCode()).isEqualTo(200);
        assertThat(eviction.body()).contains("\"value\":\"1000\"");

        HttpResponse<String> secret = get("/actuator/env/shoplab.example.password", "application/json");
        assertThat(secret.body()).contains("\"value\":\"******\"").doesNotContain("not-for-your-eyes");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        // Actuator endpoints answer on the management port only.
        int target = path.startsWith("/actuator") ? managementPort : port;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target + path))
                .header("Accept", accept)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
