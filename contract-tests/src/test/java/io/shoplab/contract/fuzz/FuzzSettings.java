package io.shoplab.contract.fuzz;

/**
 * The fuzz's knobs, both system properties, so a failure seen anywhere can be replayed exactly.
 *
 * @param seed  {@code shop.fuzz.seed}: the same seed generates the same requests (customer ids aside)
 * @param tries {@code shop.fuzz.tries}: how many hostile requests one run sends
 */
record FuzzSettings(long seed, int tries) {

    static final long DEFAULT_SEED = 20261124L;
    /** About 20 s against the microservices stack on two busy cores, a few seconds against the monolith. */
    static final int DEFAULT_TRIES = 600;

    static FuzzSettings fromSystemProperties() {
        return new FuzzSettings(
                Long.getLong("shop.fuzz.seed", DEFAULT_SEED), Integer.getInteger("shop.fuzz.tries", DEFAULT_TRIES));
    }
}
