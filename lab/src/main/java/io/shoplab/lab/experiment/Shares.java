package io.shoplab.lab.experiment;

import java.util.List;
import java.util.Locale;

import io.shoplab.lab.measure.RequestLog;
import io.shoplab.lab.measure.RequestStats;
import io.shoplab.lab.measure.Summary;
import io.shoplab.lab.measure.Window;

/** Shares of answered requests by kind, in a window of a run: what the verdicts are made of. */
final class Shares {

    /** The events name a product page that answered without one of its parts "product detail (degraded)". */
    static final String DEGRADED_PAGE = "product detail (degraded)";
    static final List<String> PRODUCT_PAGES = List.of("product detail", DEGRADED_PAGE);
    static final List<String> ORDERS = List.of("place order", "place order with key", "replay order");
    static final List<String> REVIEWS = List.of("list reviews", "post review", "list reviews after post");

    private Shares() {
    }

    /** The share (0..1) of the named requests that passed in the window; 1 when there were none. */
    static double ok(RequestLog log, Window window, List<String> requestNames) {
        Summary summary = log.summary(window);
        long count = 0;
        long failures = 0;
        for (String name : requestNames) {
            RequestStats stats = summary.byRequest().get(name);
            if (stats != null) {
                count += stats.count();
                failures += stats.failures();
            }
        }
        return count == 0 ? 1 : (double) (count - failures) / count;
    }

    /** The share (0..1) of product pages in the window that came back degraded. */
    static double degraded(RequestLog log, Window window) {
        Summary summary = log.summary(window);
        long degraded = count(summary, List.of(DEGRADED_PAGE));
        long all = count(summary, PRODUCT_PAGES);
        return all == 0 ? 0 : (double) degraded / all;
    }

    private static long count(Summary summary, List<String> names) {
        return names.stream().map(summary.byRequest()::get).filter(java.util.Objects::nonNull).mapToLong(RequestStats::count).sum();
    }

    static double okAll(RequestLog log, Window window) {
        RequestStats total = log.summary(window).total();
        return total.count() == 0 ? 0 : (double) (total.count() - total.failures()) / total.count();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }
}
