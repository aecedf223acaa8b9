package io.shoplab.lab.report;

import io.shoplab.lab.measure.RequestStats;

/**
 * How one set of requests did against a baseline: ratios are other ÷ baseline (NaN when the baseline
 * is 0), so a throughput ratio of 1.8 is 80 % more and a p95 ratio of 0.5 is half the latency.
 *
 * @param throughputRatio all requests per second
 * @param okThroughputRatio requests that passed, per second
 * @param p50Ratio median latency of the requests that passed
 * @param p95Ratio 95th percentile latency of the requests that passed
 * @param p99Ratio 99th percentile latency of the requests that passed
 * @param failurePercentPoints failure percentage of other minus the baseline's
 */
public record Comparison(
        double throughputRatio,
        double okThroughputRatio,
        double p50Ratio,
        double p95Ratio,
        double p99Ratio,
        double failurePercentPoints) {

    public static Comparison of(RequestStats baseline, RequestStats other) {
        return new Comparison(
                ratio(other.throughput(), baseline.throughput()),
                ratio(other.okThroughput(), baseline.okThroughput()),
                ratio(other.okOnly().p50(), baseline.okOnly().p50()),
                ratio(other.okOnly().p95(), baseline.okOnly().p95()),
                ratio(other.okOnly().p99(), baseline.okOnly().p99()),
                other.failurePercent() - baseline.failurePercent());
    }

    /** Still answering well: at least {@code minOkShare} (e.g. 0.9) of the baseline's good throughput. */
    public boolean answering(double minOkShare) {
        return okThroughputRatio >= minOkShare;
    }

    /** For verdict sentences: "throughput ×1.80, good answers ×1.79, p95 ×0.62, failures +0.4 points". */
    public String describe() {
        return "throughput ×" + Numbers.format(throughputRatio)
                + ", good answers ×" + Numbers.format(okThroughputRatio)
                + ", p95 ×" + Numbers.format(p95Ratio)
                + ", failures " + (failurePercentPoints >= 0 ? "+" : "") + Numbers.format(failurePercentPoints)
                + " points";
    }

    private static double ratio(double other, double baseline) {
        return baseline == 0 ? Double.NaN : other / baseline;
    }
}
