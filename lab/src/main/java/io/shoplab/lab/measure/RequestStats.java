package io.shoplab.lab.measure;

import java.util.Collection;

import org.HdrHistogram.Histogram;

/**
 * Counts and latency of a set of requests over a window.
 *
 * @param count requests answered or given up
 * @param failures those that failed a status or body check
 * @param failurePercent failures as a percentage of count (0 when there were none)
 * @param throughput requests per second over the whole window
 * @param okThroughput requests that passed, per second over the whole window
 * @param all latency of every request
 * @param okOnly latency of the requests that passed
 */
public record RequestStats(
        long count,
        long failures,
        double failurePercent,
        double throughput,
        double okThroughput,
        Latency all,
        Latency okOnly) {

    static RequestStats of(Collection<RequestEvent> events, long windowSeconds) {
        Histogram all = Latency.newHistogram();
        Histogram okOnly = Latency.newHistogram();
        long failures = 0;
        for (RequestEvent event : events) {
            Latency.record(all, event.responseMillis());
            if (event.ok()) {
                Latency.record(okOnly, event.responseMillis());
            } else {
                failures++;
            }
        }
        long count = events.size();
        return new RequestStats(
                count,
                failures,
                count == 0 ? 0 : 100.0 * failures / count,
                (double) count / windowSeconds,
                (double) (count - failures) / windowSeconds,
                Latency.of(all),
                Latency.of(okOnly));
    }
}
