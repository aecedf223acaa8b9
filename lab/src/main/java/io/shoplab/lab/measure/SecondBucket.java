package io.shoplab.lab.measure;

/**
 * The answers of one second of a run. As a bucket is one second long, {@code requests} is also the
 * throughput in requests per second, and {@code ok} the good throughput.
 *
 * @param second seconds since the run's start
 * @param requests answers (or give-ups) counted in this second
 * @param ok those that passed their checks
 * @param failed those that did not
 * @param all latency of every request, failed ones too (a timeout is a long wait for the user)
 * @param okOnly latency of the requests that passed
 */
public record SecondBucket(long second, long requests, long ok, long failed, Latency all, Latency okOnly) {

    static SecondBucket of(long second, RequestStats stats) {
        return new SecondBucket(
                second, stats.count(), stats.count() - stats.failures(), stats.failures(), stats.all(), stats.okOnly());
    }

    /** Failed share in [0, 1]; 0 for a second without requests. */
    public double failureRate() {
        return requests == 0 ? 0 : (double) failed / requests;
    }
}
