package io.shoplab.monolith;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/api.md, the contract in words, and docs/openapi.json, the contract the monolith serves
 * ({@link OpenApiDocumentTest} keeps that one true), list the same calls: every method and path of the
 * document is described on the page, and the page describes no call the document lacks.
 */
class ApiDocumentTest {

    private static final Path DOCS = Path.of("..", "docs");
    /** A call as the page writes it, in backticks: {@code `GET /api/products?page=0&size=20`}; the query is not part of the path. */
    private static final Pattern CALL = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/api/[^`?\\s]*)[^`]*`");

    @Test
    void thePageAndTheOpenApiDocumentListTheSameCalls() throws Exception {
        Set<String> documented = new TreeSet<>();
        JsonNode paths = JsonMapper.builder()
                .build()
                .readTree(Files.readString(DOCS.resolve("openapi.json")))
                .path("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.path(path).propertyNames()) {
                documented.add(method.toUpperCase() + " " + path);
            }
        }
        Set<String> described = new TreeSet<>();
        Matcher call = CALL.matcher(Files.readString(DOCS.resolve("api.md")));
        while (call.find()) {
            described.add(call.group(1) + " " + call.group(2));
        }

        assertThat(documented).as("calls in docs/openapi.json").isNotEmpty();
        assertThat(described)
                .as("calls described in docs/api.md, against those of docs/openapi.json")
                .containsExactlyElementsOf(documented);
    }
}
