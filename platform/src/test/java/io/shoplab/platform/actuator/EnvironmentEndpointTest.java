package io.shoplab.platform.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.shoplab.platform.PlatformTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * {@code /actuator/env/{name}} on the management port says what a property resolved to and which property
 * source set it, as the lab's chaos report quotes it, and masks what looks like a secret.
 */
@SpringBootTest(
        classes = PlatformTestApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "management.server.port=0",
            "management.server.address=127.0.0.1",
            // Nothing listens on port 1: no database is needed to read the environment.
            "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere",
            "spring.datasource.password=not-for-your-eyes",
            "spring.flyway.enabled=false"
        })
class EnvironmentEndpointTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalManagementPort
    private int managementPort;

    @Test
    void showsAValueWithItsPropertySource() throws Exception {
        HttpResponse<String> answer = get("/actuator/env/spring.datasource.hikari.connection-timeout");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("\"source\":\"shoplabDefaults:platform.properties\"")
                .contains("\"value\":\"2000\"");
    }

    @Test
    void masksSecrets() throws Exception {
        HttpResponse<String> answer = get("/actuator/env/spring.datasource.password");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"value\":\"******\"").doesNotContain("not-for-your-eyes");
    }

    @Test
    void answers404ForAPropertyNoSourceHas() throws Exception {
        assertThat(get("/actuator/env/shoplab.no-such-setting").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .header("Accept", "application/json")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
