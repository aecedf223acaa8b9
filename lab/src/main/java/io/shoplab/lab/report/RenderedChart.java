package io.shoplab.lab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import io.shoplab.lab.measure.Latency;
import io.shoplab.lab.measure.SecondBucket;

/**
 * A chart drawn once and used by every template: inlined in the HTML, a file beside the Markdown.
 *
 * @param fileName its file under {@code charts/}, e.g. "baseline-timeline.svg"
 * @param title what it shows, as alt text
 * @param svg the SVG document
 */
public record RenderedChart(String fileName, String title, String svg) {

    /** The SVG to put inside HTML ({@link Charts#inline}). */
    public String inline() {
        return Charts.inline(svg);
    }

    /** An experiment's timeline and latency percentiles when stacks ran, its capacities when it searched them. */
    static List<RenderedChart> of(ExperimentResult experiment) {
        List<RenderedChart> charts = new ArrayList<>();
        if (!experiment.stacks().isEmpty()) {
            charts.add(new RenderedChart(
                    experiment.name() + "-timeline.svg",
                    experiment.title() + ": answers per second",
                    timeline(experiment)));
            charts.add(new RenderedChart(
                    experiment.name() + "-latency.svg",
                    experiment.title() + ": latency percentiles",
                    latency(experiment)));
        }
        if (!experiment.capacities().isEmpty()) {
            charts.add(new RenderedChart(
                    experiment.name() + "-capacity.svg",
                    experiment.title() + ": capacity against the cores given",
                    capacity(experiment)));
        }
        return charts;
    }

    static RenderedChart of(TracedRequest trace) {
        return new RenderedChart(
                "trace-" + trace.stack() + ".svg",
                trace.stack() + ": " + trace.request() + ", trace " + trace.traceId(),
                Waterfall.svg(trace));
    }

    /** Each cost row as microservices ÷ monolith beside the monolith's 1; rows with a monolith value of 0 are left out. */
    static RenderedChart of(List<CostRow> cost) {
        List<CostRow> rows =
                cost.stream().filter(row -> !Double.isNaN(row.ratio())).toList();
        List<String> names = rows.isEmpty()
                ? List.of("no costs")
                : rows.stream().map(CostRow::name).toList();
        List<Double> ratios = rows.isEmpty()
                ? List.of(0.0)
                : rows.stream().map(CostRow::ratio).toList();
        String svg = Charts.bars(
                "Cost relative to the monolith (monolith = 1)",
                "",
                "× monolith",
                names,
                List.of(
                        new Charts.Bars(
                                "monolith", names.stream().map(name -> 1.0).toList()),
                        new Charts.Bars("microservices", ratios)));
        return new RenderedChart("cost.svg", "Cost relative to the monolith", svg);
    }

    /** Good and failed answers per second of every stack on one time axis, each fault window shaded. */
    private static String timeline(ExperimentResult experiment) {
        List<Charts.Line> lines = new ArrayList<>();
        for (int index = 0; index < experiment.stacks().size(); index++) {
            StackResult stack = experiment.stacks().get(index);
            List<SecondBucket> seconds = stack.timeline().seconds();
            double[] x = perSecond(seconds, SecondBucket::second);
            lines.add(new Charts.Line(
                    stack.stack() + " ok/s", x, perSecond(seconds, SecondBucket::ok), index, Charts.Stroke.SOLID));
            lines.add(new Charts.Line(
                    stack.stack() + " failed/s",
                    x,
                    perSecond(seconds, SecondBucket::failed),
                    index,
                    Charts.Stroke.DASHED));
        }
        long end = experiment.stacks().stream()
                .mapToLong(stack -> stack.timeline().length())
                .max()
                .orElse(1);
        List<FaultWindow> windows = FaultWindow.of(experiment.markers(), end);
        List<Charts.Span> spans = IntStream.range(0, windows.size())
                .mapToObj(index -> new Charts.Span(
                        (windows.size() > 1 ? "fault " + (index + 1) + ": " : "fault: ")
                                + windows.get(index).label(),
                        windows.get(index).from(),
                        windows.get(index).to(),
                        Charts.Shade.DOWN))
                .toList();
        return Charts.lines(
                experiment.title() + ": answers per second",
                "seconds since start",
                "requests per second",
                lines,
                spans);
    }

    /**
     * Capacity against the cores given to the scaled part, one line per stack, load and front, on one plot; a load measured
     * on one configuration only (order placement) is no line and is left to the table.
     */
    private static String capacity(ExperimentResult experiment) {
        Map<String, List<CapacityPoint>> byLine = new LinkedHashMap<>();
        experiment
                .capacities()
                .forEach(point -> byLine.computeIfAbsent(
                                point.stack() + ", " + point.load()
                                        + (point.gateways() > 1 ? ", " + point.gateways() + " gateways" : ""),
                                line -> new ArrayList<>())
                        .add(point));
        List<Charts.Line> lines = new ArrayList<>();
        byLine.values()
                .removeIf(points -> experiment.capacities().stream()
                                .filter(points.get(0)::sameLine)
                                .count()
                        < 2);
        byLine.forEach((name, points) -> lines.add(new Charts.Line(
                name,
                points.stream().mapToDouble(CapacityPoint::scaledCores).toArray(),
                points.stream().mapToDouble(CapacityPoint::capacity).toArray(),
                lines.size(),
                Charts.Stroke.POINTS)));
        return Charts.lines(
                experiment.title() + ": capacity at the service level",
                "cores given to the scaled part (monoliths, or catalog-services)",
                "requests per second",
                lines,
                List.of());
    }

    /** XChart draws no line of no points: an empty timeline is one point at 0. */
    private static double[] perSecond(List<SecondBucket> seconds, ToDoubleFunction<SecondBucket> value) {
        return seconds.isEmpty()
                ? new double[] {0}
                : seconds.stream().mapToDouble(value).toArray();
    }

    /** p50, p95 and p99 of all requests (failed ones too) per stack, over each stack's summary window. */
    private static String latency(ExperimentResult experiment) {
        List<Charts.Bars> bars = experiment.stacks().stream()
                .map(stack -> {
                    Latency latency = stack.summary().total().all();
                    return new Charts.Bars(
                            stack.stack(),
                            List.of((double) latency.p50(), (double) latency.p95(), (double) latency.p99()));
                })
                .toList();
        return Charts.bars(
                experiment.title() + ": latency of all requests, failed ones too",
                "percentile",
                "milliseconds",
                List.of("p50", "p95", "p99"),
                bars);
    }
}
