package io.shoplab.lab.measure;

import org.HdrHistogram.Histogram;

/**
 * Response-time percentiles in milliseconds, all 0 when there were no requests.
 * Taken from an HdrHistogram with 3 significant digits: exact up to 2,048 ms, within 0.1 % above.
 */
public record Latency(long p50, long p95, long p99, long max) {

    public static final Latency NONE = new Latency(0, 0, 0, 0);

    static Latency of(Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return NONE;
        }
        return new Latency(
                histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(95),
                histogram.getValueAtPercentile(99),
                histogram.getMaxValue());
    }

    /** An auto-resizing histogram for millisecond values. */
    static Histogram newHistogram() {
        Histogram histogram = new Histogram(3);
        histogram.setAutoResize(true);
        return histogram;
    }

    /** Negative times (clock skew in the load generator) count as 0 rather than failing the whole run. */
    static void record(Histogram histogram, long millis) {
        histogram.recordValue(Math.max(0, millis));
    }
}
