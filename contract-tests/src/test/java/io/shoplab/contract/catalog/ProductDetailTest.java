package io.shoplab.contract.catalog;

import static io.shoplab.contract.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import io.shoplab.contract.support.ApiResponse;
import io.shoplab.contract.support.MoneyAssertions;
import io.shoplab.contract.support.SeedData;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import io.shoplab.contract.support.StockLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/products/{id}}: the summary, plus description, availability, rating and degraded parts. */
@ShopContract
class ProductDetailTest {

    private final ShopClient shop;

    ProductDetailTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void detailRepeatsTheSummaryOfTheList() {
        JsonNode summary =
                shop.get("/api/products?page=1&size=10").okJson().path("items").get(2);
        long id = summary.path("id").longValue();

        ApiResponse response = shop.get("/api/products/" + id);
        JsonNode detail = response.okJson();

        MoneyAssertions.assertTwoDecimals(response, "price");
        for (String field : new String[] {"id", "sku", "name", "price", "currency"}) {
            assertThat(detail.path(field)).as("%s of product %d", field, id).isEqualTo(summary.path(field));
        }
        assertThat(detail.path("currency").stringValue()).isEqualTo("EUR");
        assertThat(detail.path("description").isString())
                .as("description of %s", detail)
                .isTrue();
    }

    @Test
    void productWithStockIsInStockWithWhatInventoryHasAvailable() {
        long id = SeedData.plentifulProduct();

        // Grace for a stack that caches availability briefly; earlier tests may have bought this product.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode detail = shop.get("/api/products/" + id).okJson();

            JsonNode availability = detail.path("availability");
            assertThat(availability.path("status").asString(""))
                    .as("availability of %s", detail)
                    .isEqualTo("IN_STOCK");
            assertThat(availability.path("available").isIntegralNumber())
                    .as("available in %s", detail)
                    .isTrue();
            assertThat(availability.path("available").longValue())
                    .isPositive()
                    .isEqualTo(StockLevel.of(shop, id).available());
        });
    }

    @Test
    void productWithoutStockIsOutOfStockWithNothingAvailable() {
        JsonNode detail =
                shop.get("/api/products/" + SeedData.OUT_OF_STOCK_PRODUCT).okJson();

        JsonNode availability = detail.path("availability");
        assertThat(availability.path("status").asString(""))
                .as("availability of %s", detail)
                .isEqualTo("OUT_OF_STOCK");
        assertThat(availability.path("available").isIntegralNumber())
                .as("available in %s", detail)
                .isTrue();
        assertThat(availability.path("available").longValue()).isZero();
    }

    @Test
    void seededReviewsGiveARating() {
        JsonNode detail =
                shop.get("/api/products/" + SeedData.plentifulProduct()).okJson();

        JsonNode rating = detail.path("rating");
        assertThat(rating.path("status").asString(""))
                .as("rating of %s", detail)
                .isEqualTo("OK");
        assertThat(rating.path("count").isIntegralNumber())
                .as("count in %s", detail)
                .isTrue();
        assertThat(rating.path("count").longValue()).as("count in %s", detail).isPositive();
        assertThat(rating.path("average").isNumber())
                .as("average in %s", detail)
                .isTrue();
        assertThat(rating.path("average").decimalValue())
                .as("average in %s", detail)
                .isBetween(BigDecimal.ONE, BigDecimal.valueOf(5));
    }

    @Test
    void ratingCountsANewReview() {
        long id = SeedData.plentifulProduct();
        long countBefore = shop.get("/api/products/" + id)
                .okJson()
                .path("rating")
                .path("count")
                .longValue();

        shop.postJson("/api/products/" + id + "/reviews", Map.of("author", "Rating Counter", "rating", 5))
                .expectStatus(201);

        // A few seconds of grace for a stack that caches ratings; the monolith answers at once.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode rating = shop.get("/api/products/" + id).okJson().path("rating");
            assertThat(rating.path("count").longValue())
                    .as("rating count after one more review: %s", rating)
                    .isGreaterThanOrEqualTo(countBefore + 1);
        });
    }

    @Test
    void nothingIsDegradedInNormalOperation() {
        JsonNode detail = shop.get("/api/products/1").okJson();

        assertThat(detail.path("degraded").isArray())
                .as("degraded in %s", detail)
                .isTrue();
        assertThat(detail.path("degraded").size()).as("degraded in %s", detail).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 999_999})
    void unknownProductIsNotFound(long id) {
        assertProblem(shop.get("/api/products/" + id), 404);
    }

    /** API.md leaves open whether an id that can never exist is "bad" or "not found"; it is never a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1.5", "99999999999999999999"})
    void impossibleProductIdIsAClientProblem(String id) {
        ApiResponse response = shop.get("/api/products/" + id);

        assertThat(response.status()).as(response.describe()).isIn(400, 404);
        assertProblem(response, response.status());
    }
}
