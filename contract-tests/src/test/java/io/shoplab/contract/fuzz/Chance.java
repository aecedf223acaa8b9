package io.shoplab.contract.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** The random choices of one generated request, all drawn from one seeded source. */
final class Chance {

    private final SplittableRandom random;

    Chance(SplittableRandom random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A number from {@code from} to {@code to}, both included. */
    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }
}
