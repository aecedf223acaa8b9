package io.shoplab.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * One answer of the shop, kept with the request that caused it so that every failed assertion says
 * what was asked and what came back.
 *
 * @param request a one-line description of the request, e.g. {@code POST /api/orders}
 */
public record ApiResponse(String request, int status, HttpHeaders headers, String body) {

    private static final int MAX_BODY_IN_MESSAGES = 2_000;

    /** Asserts the status and returns this response, so calls chain. */
    public ApiResponse expectStatus(int expected) {
        assertThat(status).as("status of %s", describe()).isEqualTo(expected);
        return this;
    }

    /** Asserts a 200 answer with a JSON body and returns that body. */
    public JsonNode okJson() {
        expectStatus(200);
        expectMediaType("application/json");
        return json();
    }

    public ApiResponse expectMediaType(String expected) {
        assertThat(mediaType()).as("Content-Type of %s", describe()).isEqualTo(expected);
        return this;
    }

    public JsonNode json() {
        return Json.read(body);
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The Content-Type without its parameters ({@code charset}), lower case; empty when absent. */
    public String mediaType() {
        return header("Content-Type")
                .map(value -> value.split(";")[0].strip().toLowerCase())
                .orElse("");
    }

    public String describe() {
        String shownBody = body.length() > MAX_BODY_IN_MESSAGES
                ? body.substring(0, MAX_BODY_IN_MESSAGES) + "…(" + body.length() + " chars)"
                : body;
        return request + " -> " + status + " " + headers.map() + " " + shownBody;
    }
}
