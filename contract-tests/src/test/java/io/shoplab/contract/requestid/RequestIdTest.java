package io.shoplab.contract.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.shoplab.contract.support.ApiResponse;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer carries {@code X-Request-Id}: the caller's when it is a valid one
 * ({@code [A-Za-z0-9._:-]{1,128}}), else a new one. Error answers too.
 */
@ShopContract
class RequestIdTest {

    private static final String HEADER = "X-Request-Id";

    private final ShopClient shop;

    RequestIdTest(ShopClient shop) {
        this.shop = shop;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ok",
                "created",
                "bad-request",
                "not-found",
                "method-not-allowed",
                "validation",
                "unsupported-media-type",
                "payload-too-large"
            })
    void callersIdIsEchoed(String outcome) {
        String id = "contract-" + UUID.randomUUID() + ".v1:x";

        ApiResponse response = request(outcome).apply(Map.of(HEADER, id));

        assertThat(response.header(HEADER)).as(response.describe()).contains(id);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ok",
                "created",
                "bad-request",
                "not-found",
                "method-not-allowed",
                "validation",
                "unsupported-media-type",
                "payload-too-large"
            })
    void missingIdIsGenerated(String outcome) {
        ApiResponse response = request(outcome).apply(Map.of());

        assertThat(response.header(HEADER))
                .as(response.describe())
                .hasValueSatisfying(id -> assertThat(id).isNotBlank());
    }

    @Test
    void generatedIdsDiffer() {
        String first = shop.get("/api/products/1").header(HEADER).orElseThrow();
        String second = shop.get("/api/products/1").header(HEADER).orElseThrow();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void longestValidIdIsEchoed() {
        String id = "A.b:c-9".repeat(18) + "xx";

        assertThat(id).hasSize(128);
        assertThat(shop.get("/api/products/1", Map.of(HEADER, id)).header(HEADER))
                .contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "semi;colon", "slash/and\\back", "{json}", "quote\"d"})
    void invalidIdIsReplaced(String invalid) {
        ApiResponse response = shop.get("/api/products/1", Map.of(HEADER, invalid));

        assertThat(response.header(HEADER))
                .as(response.describe())
                .hasValueSatisfying(id -> assertThat(id).isNotBlank().isNotEqualTo(invalid));
    }

    @Test
    void tooLongIdIsReplaced() {
        String tooLong = "a".repeat(129);

        ApiResponse response = shop.get("/api/products/1", Map.of(HEADER, tooLong));

        assertThat(response.header(HEADER))
                .as(response.describe())
                .hasValueSatisfying(id -> assertThat(id).isNotBlank().isNotEqualTo(tooLong));
    }

    /** One request per kind of outcome, each sent with the given headers. */
    private Function<Map<String, String>, ApiResponse> request(String outcome) {
        return headers -> switch (outcome) {
            case "ok" -> shop.get("/api/products/1", headers);
            case "created" ->
                shop.postJson("/api/products/1/reviews", Map.of("author", "Request Id", "rating", 5), headers);
            case "bad-request" -> shop.post("/api/orders", "{broken", "application/json", headers);
            case "not-found" -> shop.get("/api/products/999999", headers);
            case "method-not-allowed" -> shop.send("DELETE", "/api/products/1", headers);
            case "validation" -> shop.get("/api/products?size=0", headers);
            case "unsupported-media-type" -> shop.post("/api/orders", "{}", "text/plain", headers);
            case "payload-too-large" ->
                shop.post("/api/orders", "{\"padding\":\"" + "x".repeat(70_000) + "\"}", "application/json", headers);
            default -> throw new IllegalArgumentException(outcome);
        };
    }
}
