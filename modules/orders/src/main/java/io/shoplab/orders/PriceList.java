package io.shoplab.orders;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** The orders module's port to the prices: the catalog, in process or over HTTP. */
public interface PriceList {

    /** Prices (two decimals, in {@link #currency()}) of the products among {@code productIds} that exist. */
    Map<Long, BigDecimal> pricesOf(Set<Long> productIds);

    String currency();
}
