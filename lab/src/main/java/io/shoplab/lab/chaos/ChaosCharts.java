package io.shoplab.lab.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import io.shoplab.lab.report.Charts;
import io.shoplab.lab.shopapi.Journey;
import io.shoplab.lab.shopapi.RequestRecord;

/**
 * A run's timeline, Jepsen style: per second and per journey the requests answered as expected (solid)
 * and those that failed (dashed), degraded product pages dotted, and every fault's span shaded (a kill
 * until its component answered again), on the run's own clock.
 */
final class ChaosCharts {

    private ChaosCharts() {}

    /** The timeline as an SVG document. */
    static String timeline(RunResult run) {
        long lastEnd =
                run.records().stream().mapToLong(RequestRecord::endMillis).max().orElse(run.loadEndMillis());
        int seconds = (int) Math.max(1, (lastEnd - run.startMillis()) / 1000 + 1);
        double[] x = IntStream.range(0, seconds).asDoubleStream().toArray();
        List<Charts.Line> lines = new ArrayList<>();
        for (Journey journey : Journey.values()) {
            double[] ok = new double[seconds];
            double[] failed = new double[seconds];
            double[] degraded = new double[seconds];
            for (RequestRecord request : run.records()) {
                int second = (int) ((request.endMillis() - run.startMillis()) / 1000);
                if (request.journey() != journey || second < 0 || second >= seconds) {
                    continue;
                }
                switch (request.outcome()) {
                    case OK -> ok[second]++;
                    case DEGRADED -> {
                        ok[second]++;
                        degraded[second]++;
                    }
                    case FAILED -> failed[second]++;
                }
            }
            lines.add(new Charts.Line(journey.label() + " ok/s", x, ok, journey.ordinal(), Charts.Stroke.SOLID));
            lines.add(
                    new Charts.Line(journey.label() + " failed/s", x, failed, journey.ordinal(), Charts.Stroke.DASHED));
            if (journey == Journey.PRODUCT_PAGE) {
                lines.add(new Charts.Line(
                        journey.label() + " degraded/s", x, degraded, journey.ordinal(), Charts.Stroke.DOTTED));
            }
        }
        // A fault never applied has nothing to shade.
        List<Charts.Span> spans = run.faults().stream()
                .filter(AppliedFault::applied)
                .map(fault -> {
                    long until = fault.downUntilMillis() > 0 ? fault.downUntilMillis() : run.loadEndMillis();
                    double from = (fault.startMillis() - run.startMillis()) / 1000.0;
                    double to = Math.max(from + 0.2, (until - run.startMillis()) / 1000.0);
                    return new Charts.Span(
                            String.format(
                                    Locale.ROOT,
                                    "fault %d: %s (%.1f–%.1f s)",
                                    fault.planned().number(),
                                    fault.planned().label(),
                                    from,
                                    to),
                            from,
                            to,
                            switch (fault.planned().kind()) {
                                case KILL, PAUSE -> Charts.Shade.DOWN;
                                case LATENCY -> Charts.Shade.SLOW;
                                case ERRORS -> Charts.Shade.FAILING;
                            });
                })
                .toList();
        return Charts.lines(
                String.format(
                        Locale.ROOT,
                        "Run %d (seed %d): answers per second by journey",
                        run.run(),
                        run.schedule().seed()),
                "seconds since the run's start",
                "requests per second",
                lines,
                spans);
    }
}
