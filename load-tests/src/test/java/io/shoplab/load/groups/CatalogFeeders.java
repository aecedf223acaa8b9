package io.shoplab.load.groups;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.shoplab.load.Config;
import io.shoplab.load.endpoints.ProductEndpoints;

/** Endless feeders for browsing: where a user starts paging, and which product pages it opens. */
final class CatalogFeeders {

    /** Page sizes a shop front would offer; 100 is the contract's maximum. */
    private static final int[] PAGE_SIZES = {5, 10, 20, 50, 100};

    private CatalogFeeders() {}

    /** A random page size and a page that exists for it (paging moves on from there). */
    static Iterator<Map<String, Object>> startPages(Config config) {
        return Stream.generate(() -> {
                    var random = ThreadLocalRandom.current();
                    int size = PAGE_SIZES[random.nextInt(PAGE_SIZES.length)];
                    int page = random.nextInt(pageCount(config, size));
                    return Map.<String, Object>of(ProductEndpoints.PAGE, page, ProductEndpoints.SIZE, size);
                })
                .iterator();
    }

    static Iterator<Map<String, Object>> productIds(Config config) {
        return Stream.generate(
                        () -> Map.<String, Object>of(ProductEndpoints.PRODUCT_ID, ProductPicks.anyProduct(config)))
                .iterator();
    }

    static int pageCount(Config config, int size) {
        return (config.productCount() + size - 1) / size;
    }
}
