package io.shoplab.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;

/** {@code GET /api/orders?customerId=…}: what the shop stored for one customer. */
public final class CustomerOrders {

    private CustomerOrders() {}

    public static JsonNode page(ShopClient shop, String customerId, String paging) {
        String query = "customerId=" + URLEncoder.encode(customerId, StandardCharsets.UTF_8)
                + (paging.isEmpty() ? "" : "&" + paging);
        return shop.get("/api/orders?" + query).okJson();
    }

    public static long count(ShopClient shop, String customerId) {
        JsonNode page = page(shop, customerId, "");
        assertThat(page.path("totalItems").isIntegralNumber())
                .as("totalItems in %s", page)
                .isTrue();
        return page.path("totalItems").longValue();
    }
}
