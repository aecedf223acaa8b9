package io.shoplab.contract.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The seed facts of API.md that no request can change: products 1..100; 1..90 start with a million
 * units, 91..99 with 10 (scarce), 100 with none, and no API call adds stock.
 */
public final class SeedData {

    public static final int PRODUCT_COUNT = 100;
    public static final long OUT_OF_STOCK_PRODUCT = 100;
    public static final long FIRST_SCARCE_PRODUCT = 91;
    public static final long LAST_SCARCE_PRODUCT = 99;
    public static final long UNKNOWN_PRODUCT = 999_999;

    private SeedData() {}

    /**
     * One of the well-stocked products 1..90, picked at random so that repeated runs spread their
     * small withdrawals over all of them.
     */
    public static long plentifulProduct() {
        return ThreadLocalRandom.current().nextLong(1, 91);
    }
}
