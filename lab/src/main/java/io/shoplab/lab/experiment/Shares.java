package io.shoplab.lab.experiment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import io.shoplab.lab.measure.RequestLog;
import io.shoplab.lab.measure.RequestStats;
import io.shoplab.lab.measure.Summary;
import io.shoplab.lab.measure.Window;

/**
 * Shares of answered requests by kind, in a window of a run: what the verdicts are made of. A share of
 * no requests is empty, never 0 or 100 %: a verdict made of it would be made of nothing.
 */
final class Shares {

    /** The events name a product page that answered without one of its parts "product detail (degraded)". */
    static final String DEGRADED_PAGE = "product detail (degraded)";

    static final List<String> PRODUCT_PAGES = List.of("product detail", DEGRADED_PAGE);
    static final List<String> ORDERS = List.of("place order", "place order with key", "replay order");
    static final List<String> REVIEWS = List.of("list reviews", "post review", "list reviews after post");

    private Shares() {}

    /** The share (0..1) of the named requests that passed in the window; empty when there were none. */
    static OptionalDouble ok(RequestLog log, Window window, List<String> requestNames) {
        List<RequestStats> named = stats(log.summary(window), requestNames).toList();
        return share(
                named.stream()
                        .mapToLong(stats -> stats.count() - stats.failures())
                        .sum(),
                named.stream().mapToLong(RequestStats::count).sum());
    }

    /** The share (0..1) of product pages in the window that came back degraded; empty when there were none. */
    static OptionalDouble degraded(RequestLog log, Window window) {
        Summary summary = log.summary(window);
        return share(count(summary, List.of(DEGRADED_PAGE)), count(summary, PRODUCT_PAGES));
    }

    /** The share (0..1) of product pages in the window answered whole: neither degraded nor failed; empty when there were none. */
    static OptionalDouble whole(RequestLog log, Window window) {
        Summary summary = log.summary(window);
        RequestStats plain = summary.byRequest().get(PRODUCT_PAGES.get(0));
        long whole = plain == null ? 0 : plain.count() - plain.failures();
        return share(whole, count(summary, PRODUCT_PAGES));
    }

    private static long count(Summary summary, List<String> names) {
        return stats(summary, names).mapToLong(RequestStats::count).sum();
    }

    /** The numbers of each of these requests that was sent at all. */
    static Stream<RequestStats> stats(Summary summary, List<String> names) {
        return names.stream().map(summary.byRequest()::get).filter(Objects::nonNull);
    }

    /** The share (0..1) of all requests in the window that passed; empty when there were none. */
    static OptionalDouble okAll(RequestLog log, Window window) {
        RequestStats total = log.summary(window).total();
        return share(total.count() - total.failures(), total.count());
    }

    static OptionalDouble share(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    /** "97 %", or "no request" when nothing was measured. */
    static String percent(OptionalDouble share) {
        return share.isPresent() ? percent(share.getAsDouble()) : "no request";
    }
}
