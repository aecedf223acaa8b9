package io.shoplab.lab.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart drawn once and used by every writer: inlined in the HTML, a file beside the Markdown.
 *
 * @param fileName its file under {@code charts/}, e.g. "baseline-timeline.svg"
 * @param title what it shows, as alt text
 * @param svg the SVG document
 */
record RenderedChart(String fileName, String title, String svg) {

    static List<RenderedChart> of(ExperimentResult experiment) {
        List<RenderedChart> charts = new ArrayList<>();
        if (!experiment.stacks().isEmpty()) {
            charts.add(new RenderedChart(experiment.name() + "-timeline.svg", experiment.title() + ": answers per second",
                    Svg.document(Charts.timeline(experiment))));
            charts.add(new RenderedChart(experiment.name() + "-latency.svg", experiment.title() + ": latency percentiles",
                    Svg.document(Charts.latency(experiment))));
        }
        if (!experiment.capacities().isEmpty()) {
            charts.add(new RenderedChart(experiment.name() + "-capacity.svg", experiment.title() + ": capacity against the cores given",
                    Svg.document(Charts.capacity(experiment))));
        }
        return charts;
    }

    static RenderedChart of(TracedRequest trace) {
        return new RenderedChart("trace-" + trace.stack() + ".svg", trace.stack() + ": " + trace.request() + ", trace " + trace.traceId(),
                Waterfall.svg(trace));
    }

    static RenderedChart of(List<CostRow> cost) {
        return new RenderedChart("cost.svg", "Cost relative to the monolith", Svg.document(Charts.cost(cost)));
    }
}
