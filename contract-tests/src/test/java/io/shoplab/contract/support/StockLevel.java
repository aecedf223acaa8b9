package io.shoplab.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** A product's stock as {@code GET /api/inventory/{productId}} tells it. */
public record StockLevel(long productId, long available, long reserved) {

    public static StockLevel of(ShopClient shop, long productId) {
        JsonNode json = shop.get("/api/inventory/" + productId).okJson();
        assertThat(json.path("productId").longValue())
                .as("productId in %s", json)
                .isEqualTo(productId);
        assertThat(json.path("available").isIntegralNumber())
                .as("available is an integer in %s", json)
                .isTrue();
        assertThat(json.path("reserved").isIntegralNumber())
                .as("reserved is an integer in %s", json)
                .isTrue();
        return new StockLevel(
                productId,
                json.path("available").longValue(),
                json.path("reserved").longValue());
    }

    public StockLevel minusAvailable(long quantity) {
        return new StockLevel(productId, available - quantity, reserved);
    }
}
