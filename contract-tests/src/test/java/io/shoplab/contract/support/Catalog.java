package io.shoplab.contract.support;

import java.math.BigDecimal;

/** Reads what the catalog says about a product, for tests about other features. */
public final class Catalog {

    private Catalog() {}

    public static BigDecimal priceOf(ShopClient shop, long productId) {
        return shop.get("/api/products/" + productId).okJson().path("price").decimalValue();
    }
}
