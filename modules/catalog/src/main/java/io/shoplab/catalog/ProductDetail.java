package io.shoplab.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * The product page.
 *
 * @param degraded the names of the parts ({@code inventory}, {@code reviews}) that could not answer
 *                 in time; empty when all is well
 */
public record ProductDetail(
        long id,
        String sku,
        String name,
        BigDecimal price,
        String currency,
        String description,
        Availability availability,
        Rating rating,
        List<String> degraded) {}
