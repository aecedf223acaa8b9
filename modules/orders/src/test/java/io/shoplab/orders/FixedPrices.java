package io.shoplab.orders;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The price list of the orders tests: three products, priced so that binary floating point would get totals wrong (0.10 × 3). */
class FixedPrices implements PriceList {

    static final Map<Long, BigDecimal> PRICES =
            Map.of(1L, new BigDecimal("12.30"), 2L, new BigDecimal("19.61"), 3L, new BigDecimal("0.10"));

    @Override
    public Map<Long, BigDecimal> pricesOf(Set<Long> productIds) {
        return productIds.stream().filter(PRICES::containsKey).collect(Collectors.toMap(id -> id, PRICES::get));
    }

    @Override
    public String currency() {
        return "EUR";
    }
}
