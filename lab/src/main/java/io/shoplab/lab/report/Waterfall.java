package io.shoplab.lab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A trace drawn as Zipkin's UI draws it: one row per span, children under their parent in the order they
 * began, each a bar on a common time axis, coloured by app, under a line naming it and its duration. Plain SVG text (XChart has no such chart), so
 * the page stays self-contained.
 */
final class Waterfall {

    static final int WIDTH = 640;
    private static final int LEFT = 8;
    private static final int BAR_WIDTH = WIDTH - 2 * LEFT;
    /** Each span: its label on one line, its bar under it, so long span names need no cutting. */
    private static final int ROW = 34;
    private static final int TOP = 46;
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#edc948"};

    private Waterfall() {
    }

    static String svg(TracedRequest trace) {
        List<Row> rows = rows(trace.spans());
        long start = trace.spans().stream().mapToLong(TraceSpan::startMicros).min().orElse(0);
        long end = trace.spans().stream().mapToLong(TraceSpan::endMicros).max().orElse(start);
        double total = Math.max(1, end - start);
        Map<String, String> colours = new LinkedHashMap<>();
        trace.services().forEach(service -> colours.put(service, COLOURS[colours.size() % COLOURS.length]));
        int height = TOP + rows.size() * ROW + 30;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\">%n",
                WIDTH, height, WIDTH, height));
        svg.append(text(LEFT, 18, "start", "bold", trace.stack() + ": " + trace.request()))
                .append(text(LEFT, 36, "start", "normal", String.format(Locale.ROOT, "%d %s, %d %s, %s ms", trace.spans().size(),
                        trace.spans().size() == 1 ? "span" : "spans", colours.size(), colours.size() == 1 ? "process" : "processes",
                        millis(end - start))));
        for (int i = 0; i < rows.size(); i++) {
            TraceSpan span = rows.get(i).span();
            int y = TOP + i * ROW;
            double x = LEFT + (span.startMicros() - start) / total * BAR_WIDTH;
            double width = Math.max(1, span.durationMicros() / total * BAR_WIDTH);
            String label = span.service() + ": " + span.name() + (span.kind() == null ? "" : " (" + span.kind().toLowerCase(Locale.ROOT) + ")")
                    + ", " + millis(span.durationMicros()) + " ms";
            svg.append(text(LEFT + rows.get(i).depth() * 12, y + 13, "start", "normal", label))
                    .append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\"><title>%s</title></rect>%n",
                            x, y + 17, width, colours.get(span.service()), Html.escape(label)));
        }
        int axis = TOP + rows.size() * ROW + 4;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>%n",
                LEFT, axis, LEFT + BAR_WIDTH, axis));
        for (int tick = 0; tick <= 4; tick++) {
            String anchor = tick == 0 ? "start" : tick == 4 ? "end" : "middle";
            svg.append(text(LEFT + tick * BAR_WIDTH / 4, axis + 16, anchor, "normal", millis(Math.round(total * tick / 4)) + " ms"));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Depth first from the roots (spans whose parent is not in the trace), children in the order they began. */
    static List<Row> rows(List<TraceSpan> spans) {
        Set<String> ids = spans.stream().map(TraceSpan::id).collect(Collectors.toSet());
        Map<String, List<TraceSpan>> children = spans.stream()
                .filter(span -> span.parentId() != null && ids.contains(span.parentId()))
                .collect(Collectors.groupingBy(TraceSpan::parentId));
        List<Row> rows = new ArrayList<>();
        spans.stream().filter(span -> span.parentId() == null || !ids.contains(span.parentId()))
                .sorted(Comparator.comparingLong(TraceSpan::startMicros))
                .forEach(root -> addWithChildren(root, 0, children, rows));
        return rows;
    }

    private static void addWithChildren(TraceSpan span, int depth, Map<String, List<TraceSpan>> children, List<Row> rows) {
        rows.add(new Row(span, depth));
        children.getOrDefault(span.id(), List.of()).stream().sorted(Comparator.comparingLong(TraceSpan::startMicros))
                .forEach(child -> addWithChildren(child, depth + 1, children, rows));
    }

    record Row(TraceSpan span, int depth) {
    }

    private static String text(int x, int y, String anchor, String weight, String content) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-weight=\"%s\" fill=\"#222\">%s</text>%n",
                x, y, anchor, weight, Html.escape(content));
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, micros < 10_000 ? "%.1f" : "%.0f", micros / 1000.0);
    }
}
