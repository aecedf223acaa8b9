package io.shoplab.lab.watch;

import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What happened between two {@link Scrape}s, per second: requests, failures, degraded product pages,
 * and the latency histogram of just those requests. Rates of several apps add up (a stack's instances).
 *
 * @param buckets upper bound in seconds to the requests per second at or under it
 */
record Rates(double requests, double failed, double degraded, NavigableMap<Double, Double> buckets) {

    static final Rates NONE = new Rates(0, 0, 0, new TreeMap<>());

    /**
     * The rates from {@code before} to {@code after}, {@code seconds} apart. Totals that went down mean
     * the app restarted: then everything since its start counts.
     */
    static Rates between(Scrape before, Scrape after, double seconds) {
        boolean restarted = after.requests() < before.requests() || after.degraded() < before.degraded();
        Scrape base = restarted ? new Scrape(0, 0, 0, new TreeMap<>(), Map.of(), Map.of()) : before;
        NavigableMap<Double, Double> buckets = new TreeMap<>();
        after.buckets()
                .forEach((bound, count) ->
                        buckets.put(bound, (count - base.buckets().getOrDefault(bound, 0.0)) / seconds));
        return new Rates(
                (after.requests() - base.requests()) / seconds,
                (after.failed() - base.failed()) / seconds,
                (after.degraded() - base.degraded()) / seconds,
                buckets);
    }

    static Rates sum(Collection<Rates> rates) {
        Rates total = NONE;
        for (Rates each : rates) {
            NavigableMap<Double, Double> buckets = new TreeMap<>(total.buckets);
            each.buckets.forEach((bound, count) -> buckets.merge(bound, count, Double::sum));
            total = new Rates(
                    total.requests + each.requests,
                    total.failed + each.failed,
                    total.degraded + each.degraded,
                    buckets);
        }
        return total;
    }

    /**
     * The latency under which {@code quantile} of the requests fell, in milliseconds, interpolated
     * linearly within the bucket it falls in (as Prometheus' {@code histogram_quantile}); empty
     * without requests. In the last, open bucket it is that bucket's lower bound.
     */
    OptionalDouble percentileMillis(double quantile) {
        Double total = buckets.isEmpty() ? null : buckets.lastEntry().getValue();
        if (total == null || total <= 0) {
            return OptionalDouble.empty();
        }
        double rank = quantile * total;
        double lowerBound = 0;
        double countBelow = 0;
        for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return OptionalDouble.of(lowerBound * 1000);
                }
                double inBucket = bucket.getValue() - countBelow;
                double share = inBucket <= 0 ? 1 : (rank - countBelow) / inBucket;
                return OptionalDouble.of((lowerBound + (bucket.getKey() - lowerBound) * share) * 1000);
            }
            lowerBound = bucket.getKey();
            countBelow = bucket.getValue();
        }
        return OptionalDouble.of(lowerBound * 1000);
    }
}
