package io.shoplab.lab.bench;

import java.util.List;
import java.util.Locale;

import io.shoplab.lab.measure.RequestEvent;

/**
 * What a step of offered load must meet to count as served: a bound on the 99th percentile of latency
 * (timed from each request's intended start) and a bound on the share of failed or degraded answers.
 * A step must also have been offered in full: a load generator that fell behind measured itself.
 *
 * @param p99Millis the highest p99 allowed
 * @param maxFailedShare the highest share of failed (or degraded) answers allowed, 0.001 for 0.1 %
 */
public record ServiceLevel(long p99Millis, double maxFailedShare) {

    /** Below this share of the offered requests sent, the generator, not the stack, set the pace. */
    static final double MIN_SENT_SHARE = 0.95;

    /**
     * Judges one step.
     *
     * @param rate the offered rate, requests per second
     * @param seconds how long it was offered
     * @param events the answers to requests whose intended start fell in the step
     */
    public Step judge(double rate, long seconds, List<RequestEvent> events) {
        Step step = Step.measure(rate, seconds, events);
        String broken;
        if (step.sent() == 0) {
            broken = "no request was sent";
        } else if (step.generatorFellBehind()) {
            broken = String.format(
                    Locale.ROOT, "the load generator fell behind: %d of %d requests sent", step.sent(), step.offered());
        } else if ((double) step.failed() / step.sent() > maxFailedShare) {
            broken = String.format(
                    Locale.ROOT,
                    "%d of %d answers failed or degraded (over %s %%)",
                    step.failed(),
                    step.sent(),
                    percent(maxFailedShare));
        } else if (step.p99Millis() > p99Millis) {
            broken = String.format(Locale.ROOT, "p99 %d ms over %d ms", step.p99Millis(), p99Millis);
        } else {
            broken = null;
        }
        return new Step(rate, step.offered(), step.sent(), step.failed(), step.p50Millis(), step.p99Millis(), broken);
    }

    /** How it reads in a report: "p99 ≤ 500 ms, ≤ 0.1 % failed or degraded". */
    public String describe() {
        return "p99 ≤ " + p99Millis + " ms (timed from each request's intended start), ≤ " + percent(maxFailedShare)
                + " % failed or degraded answers, the load offered in full";
    }

    /** Nearest-rank percentile; 0 of nothing. */
    static long percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100);
    }

    /**
     * One step of offered load, judged.
     *
     * @param broken why it broke the service level; {@code null} when served
     */
    public record Step(
            double rate, long offered, long sent, long failed, long p50Millis, long p99Millis, String broken) {

        /** The answers to a step's requests, counted and their latencies taken, not judged. */
        static Step measure(double rate, long seconds, List<RequestEvent> events) {
            long[] latencies = events.stream()
                    .mapToLong(RequestEvent::responseMillis)
                    .sorted()
                    .toArray();
            return new Step(
                    rate,
                    Math.round(rate * seconds),
                    events.size(),
                    events.stream().filter(event -> !event.ok()).count(),
                    percentile(latencies, 0.50),
                    percentile(latencies, 0.99),
                    null);
        }

        public boolean served() {
            return broken == null;
        }

        /** Whether the load generator sent less than it was to: then it, not the stack, set the pace. */
        public boolean generatorFellBehind() {
            return sent < MIN_SENT_SHARE * offered;
        }
    }
}
