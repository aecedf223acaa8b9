package io.shoplab.monolith;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the monolith serves is the one committed at {@code docs/openapi.json}: a change
 * to the API shows in review as a change to that file, never silently.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
    private static final Path FRESH = Path.of("target", "openapi.json");

    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    private int port;

    @Test
    void servedDocumentIsTheCommittedOne() throws Exception {
        String served = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                                .build(),
                        BodyHandlers.ofString())
                .body();
        JsonNode fresh = json.readTree(served);
        Files.writeString(FRESH, json.writeValueAsString(fresh) + "\n", StandardCharsets.UTF_8);

        JsonNode committed = Files.exists(COMMITTED) ? json.readTree(Files.readString(COMMITTED)) : null;

        assertThat(fresh).as("""
                The served OpenAPI document differs from docs/openapi.json.
                The fresh one is in monolith-api/target/openapi.json; if the change is intended, run
                    cp monolith-api/target/openapi.json docs/openapi.json
                from the repository root and commit it with the change.""").isEqualTo(committed);
    }
}
