package io.shoplab.catalog;

import java.math.BigDecimal;

/** A product as lists show it. {@code price} has two decimals, in {@code currency}. */
public record ProductSummary(long id, String sku, String name, BigDecimal price, String currency) {}
