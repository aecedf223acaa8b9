package io.shoplab.catalog;

import java.math.BigDecimal;
import java.util.List;

/** A product row. Package-private: other modules see only the API records. */
record Product(long id, String sku, String name, String description, BigDecimal price) {

    static final String CURRENCY = "EUR";

    ProductSummary summary() {
        return new ProductSummary(id, sku, name, price, CURRENCY);
    }

    ProductDetail detail(Availability availability, Rating rating, List<String> degraded) {
        return new ProductDetail(
                id, sku, name, price, CURRENCY, description, availability, rating, List.copyOf(degraded));
    }
}
