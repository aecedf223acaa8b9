package io.shoplab.lab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A trace drawn as Zipkin's UI draws it: one row per span, children under their parent in the order they
 * began, each a bar on a common time axis, coloured by app, under a line naming it and its duration. Drawn by the template
 * {@code waterfall.svg} (XChart has no such chart), so the page stays self-contained.
 */
final class Waterfall {

    static final int WIDTH = 640;
    private static final int LEFT = 8;
    private static final int BAR_WIDTH = WIDTH - 2 * LEFT;
    /** Each span: its label on one line, its bar under it, so long span names need no cutting. */
    private static final int ROW = 34;

    private static final int TOP = 46;
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#edc948"
    };

    private Waterfall() {}

    static String svg(TracedRequest trace) {
        List<Row> rows = rows(trace.spans());
        long start =
                trace.spans().stream().mapToLong(TraceSpan::startMicros).min().orElse(0);
        long end = trace.spans().stream().mapToLong(TraceSpan::endMicros).max().orElse(start);
        double total = Math.max(1, end - start);
        Map<String, String> colours = new LinkedHashMap<>();
        trace.services().forEach(service -> colours.put(service, COLOURS[colours.size() % COLOURS.length]));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TraceSpan span = rows.get(i).span();
            int y = TOP + i * ROW;
            String label = span.service() + ": " + span.name()
                    + (span.kind() == null ? "" : " (" + span.kind().toLowerCase(Locale.ROOT) + ")") + ", "
                    + millis(span.durationMicros()) + " ms";
            bars.add(new Bar(
                    label,
                    LEFT + rows.get(i).depth() * 12,
                    y + 13,
                    decimal(LEFT + (span.startMicros() - start) / total * BAR_WIDTH),
                    y + 17,
                    decimal(Math.max(1, span.durationMicros() / total * BAR_WIDTH)),
                    colours.get(span.service())));
        }
        int axis = TOP + rows.size() * ROW + 4;
        List<Tick> ticks = IntStream.rangeClosed(0, 4)
                .mapToObj(tick -> new Tick(
                        LEFT + tick * BAR_WIDTH / 4,
                        axis + 16,
                        tick == 0 ? "start" : tick == 4 ? "end" : "middle",
                        millis(Math.round(total * tick / 4)) + " ms"))
                .toList();
        String subtitle = String.format(
                Locale.ROOT,
                "%d %s, %d %s, %s ms",
                trace.spans().size(),
                trace.spans().size() == 1 ? "span" : "spans",
                colours.size(),
                colours.size() == 1 ? "process" : "processes",
                millis(end - start));
        return Templates.render(
                "waterfall.svg",
                new Drawing(
                        WIDTH,
                        TOP + rows.size() * ROW + 30,
                        LEFT,
                        LEFT + BAR_WIDTH,
                        trace.stack() + ": " + trace.request(),
                        subtitle,
                        bars,
                        axis,
                        ticks));
    }

    /** Depth first from the roots (spans whose parent is not in the trace), children in the order they began. */
    static List<Row> rows(List<TraceSpan> spans) {
        Set<String> ids = spans.stream().map(TraceSpan::id).collect(Collectors.toSet());
        Map<String, List<TraceSpan>> children = spans.stream()
                .filter(span -> span.parentId() != null && ids.contains(span.parentId()))
                .collect(Collectors.groupingBy(TraceSpan::parentId));
        List<Row> rows = new ArrayList<>();
        spans.stream()
                .filter(span -> span.parentId() == null || !ids.contains(span.parentId()))
                .sorted(Comparator.comparingLong(TraceSpan::startMicros))
                .forEach(root -> addWithChildren(root, 0, children, rows));
        return rows;
    }

    private static void addWithChildren(
            TraceSpan span, int depth, Map<String, List<TraceSpan>> children, List<Row> rows) {
        rows.add(new Row(span, depth));
        children.getOrDefault(span.id(), List.of()).stream()
                .sorted(Comparator.comparingLong(TraceSpan::startMicros))
                .forEach(child -> addWithChildren(child, depth + 1, children, rows));
    }

    record Row(TraceSpan span, int depth) {}

    /** What {@code waterfall.svg} draws; {@code left} and {@code right} are the ends of the time axis. */
    private record Drawing(
            int width,
            int height,
            int left,
            int right,
            String title,
            String subtitle,
            List<Bar> bars,
            int axis,
            List<Tick> ticks) {}

    /** A span's label at ({@code labelX}, {@code labelY}) and its bar under it, {@code x} and {@code length} in pixels. */
    private record Bar(String label, int labelX, int labelY, String x, int y, String length, String colour) {}

    private record Tick(int x, int y, String anchor, String label) {}

    private static String decimal(double pixels) {
        return String.format(Locale.ROOT, "%.1f", pixels);
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, micros < 10_000 ? "%.1f" : "%.0f", micros / 1000.0);
    }
}
