package io.shoplab.load.groups;

import java.util.concurrent.ThreadLocalRandom;

import io.shoplab.load.Config;

/**
 * Which product a user looks at or buys. Traffic on a real shop is skewed: a few hot products take
 * most views, which is what makes a cache or a second catalog instance pay off.
 */
final class ProductPicks {

    private ProductPicks() {}

    /** Any product id 1..productCount, the first {@code hotProducts} ids taking {@code hotProductPercent} of picks. */
    static int anyProduct(Config config) {
        var random = ThreadLocalRandom.current();
        if (random.nextInt(100) < config.hotProductPercent()) {
            return 1 + random.nextInt(config.hotProductCount());
        }
        return uniformProduct(config);
    }

    /** Any product id 1..productCount, all equally likely. */
    static int uniformProduct(Config config) {
        return 1 + ThreadLocalRandom.current().nextInt(config.productCount());
    }

    /** A product with a million units of stock (seed ids 1..plentifulProducts). */
    static int plentifulProduct(Config config) {
        return 1 + ThreadLocalRandom.current().nextInt(config.plentifulProductCount());
    }

    /** A product with little or no stock (seed ids after the plentiful ones; id 100 has none). */
    static int scarceProduct(Config config) {
        int scarceCount = config.productCount() - config.plentifulProductCount();
        return scarceCount == 0
                ? plentifulProduct(config)
                : config.plentifulProductCount()
                        + 1
                        + ThreadLocalRandom.current().nextInt(scarceCount);
    }
}
