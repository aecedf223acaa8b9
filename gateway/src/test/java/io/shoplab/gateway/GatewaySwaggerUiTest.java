package io.shoplab.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Swagger UI on the gateway's shop port shows the committed contract, docs/openapi.json, byte for byte (the
 * monolith's shows the same); the document springdoc generates, which it needs to serve its UI, has no path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class GatewaySwaggerUiTest {

    /** HTTP/1.1 as the other gateway tests: the JDK client's h2c upgrade to Reactor Netty hung a CI run for minutes. */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @LocalServerPort
    int port;

    @Test
    void swaggerUiPointsAtTheCommittedDocument() throws Exception {
        HttpResponse<String> page = get("/swagger-ui.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");

        HttpResponse<String> config = get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(config.body())
                        .path("url")
                        .asString())
                .isEqualTo("/openapi.json");

        HttpResponse<String> document = get("/openapi.json");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(document.body()).isEqualTo(Files.readString(Path.of("..", "docs", "openapi.json")));
    }

    @Test
    void itsOwnGeneratedDocumentDescribesNoPath() throws Exception {
        HttpResponse<String> generated = get("/v3/api-docs");
        assertThat(generated.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(generated.body())
                        .path("paths")
                        .size())
                .isZero();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                BodyHandlers.ofString());
    }
}
