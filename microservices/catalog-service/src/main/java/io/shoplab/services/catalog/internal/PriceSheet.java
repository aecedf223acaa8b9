package io.shoplab.services.catalog.internal;

import java.math.BigDecimal;
import java.util.Map;

/** Current prices (two decimals, in {@code currency}) by product id; unknown ids are absent. */
record PriceSheet(String currency, Map<Long, BigDecimal> prices) {}
