package io.shoplab.lab.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import io.shoplab.lab.measure.Latency;
import io.shoplab.lab.measure.SecondBucket;

/** The report's charts, drawn by XChart: one colour per stack, failures dashed, fault windows shaded. */
final class Charts {

    private static final Color[] STACK_COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0x9467bd)};
    private static final Color FAULT_SHADE = new Color(214, 39, 40, 45);
    private static final int WIDTH = 960;
    private static final int HEIGHT = 380;

    private Charts() {
    }

    /** Good and failed answers per second of every stack on one time axis, each fault window shaded. */
    static XYChart timeline(ExperimentResult experiment) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(experiment.title() + ": answers per second")
                .xAxisTitle("seconds since start").yAxisTitle("requests per second").build();
        style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
        double top = 1;
        for (int index = 0; index < experiment.stacks().size(); index++) {
            StackResult stack = experiment.stacks().get(index);
            List<SecondBucket> seconds = stack.timeline().seconds();
            double[] x = seconds.isEmpty() ? new double[] {0} : seconds.stream().mapToDouble(SecondBucket::second).toArray();
            double[] ok = seconds.isEmpty() ? new double[] {0} : seconds.stream().mapToDouble(SecondBucket::ok).toArray();
            double[] failed = seconds.isEmpty() ? new double[] {0} : seconds.stream().mapToDouble(SecondBucket::failed).toArray();
            line(chart.addSeries(stack.stack() + " ok/s", x, ok), STACK_COLOURS[index % STACK_COLOURS.length], false);
            line(chart.addSeries(stack.stack() + " failed/s", x, failed), STACK_COLOURS[index % STACK_COLOURS.length], true);
            top = Math.max(top, seconds.stream().mapToDouble(bucket -> Math.max(bucket.ok(), bucket.failed())).max().orElse(0));
        }
        long end = experiment.stacks().stream().mapToLong(stack -> stack.timeline().length()).max().orElse(1);
        List<FaultWindow> windows = FaultWindow.of(experiment.markers(), end);
        for (int index = 0; index < windows.size(); index++) {
            FaultWindow window = windows.get(index);
            String name = (windows.size() > 1 ? "fault " + (index + 1) + ": " : "fault: ") + window.label();
            XYSeries shade = chart.addSeries(name, new double[] {window.from(), window.to()}, new double[] {top, top});
            shade.setXYSeriesRenderStyle(XYSeriesRenderStyle.Area);
            shade.setFillColor(FAULT_SHADE);
            shade.setLineColor(FAULT_SHADE);
            shade.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /** p50, p95 and p99 of all requests (failed ones too) per stack, over each stack's summary window. */
    static CategoryChart latency(ExperimentResult experiment) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(experiment.title() + ": latency of all requests, failed ones too")
                .xAxisTitle("percentile").yAxisTitle("milliseconds").build();
        style(chart.getStyler());
        for (int index = 0; index < experiment.stacks().size(); index++) {
            StackResult stack = experiment.stacks().get(index);
            Latency latency = stack.summary().total().all();
            chart.addSeries(stack.stack(), List.of("p50", "p95", "p99"), List.of(latency.p50(), latency.p95(), latency.p99()))
                    .setFillColor(STACK_COLOURS[index % STACK_COLOURS.length]);
        }
        return chart;
    }

    /** Each cost row as microservices ÷ monolith beside the monolith's 1; rows with a monolith value of 0 are left out. */
    static CategoryChart cost(List<CostRow> rows) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title("Cost relative to the monolith (monolith = 1)")
                .yAxisTitle("× monolith").build();
        style(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(20);
        List<String> names = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        rows.stream().filter(row -> !Double.isNaN(row.ratio())).forEach(row -> {
            names.add(row.name());
            ratios.add(row.ratio());
        });
        if (names.isEmpty()) {
            names.add("no costs");
            ratios.add(0.0);
        }
        chart.addSeries("monolith", names, LongStream.range(0, names.size()).mapToObj(i -> 1.0).toList())
                .setFillColor(STACK_COLOURS[0]);
        chart.addSeries("microservices", names, ratios).setFillColor(STACK_COLOURS[1]);
        return chart;
    }

    /** Capacity against the cores given to the scaled part, one line per stack and front, on one plot. */
    static XYChart capacity(ExperimentResult experiment) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(experiment.title() + ": capacity at the service level")
                .xAxisTitle("cores given to the scaled part (monoliths, or catalog-services)").yAxisTitle("requests per second").build();
        style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
        Map<String, List<CapacityPoint>> lines = new LinkedHashMap<>();
        experiment.capacities().forEach(point -> lines.computeIfAbsent(point.stack() + (point.gateways() > 1 ? ", " + point.gateways()
                + " gateways" : ""), line -> new ArrayList<>()).add(point));
        int index = 0;
        for (Map.Entry<String, List<CapacityPoint>> line : lines.entrySet()) {
            double[] x = line.getValue().stream().mapToDouble(CapacityPoint::scaledCores).toArray();
            double[] y = line.getValue().stream().mapToDouble(CapacityPoint::capacity).toArray();
            XYSeries series = chart.addSeries(line.getKey(), x, y);
            series.setLineColor(STACK_COLOURS[index % STACK_COLOURS.length]);
            series.setMarkerColor(STACK_COLOURS[index++ % STACK_COLOURS.length]);
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    private static void line(XYSeries series, Color colour, boolean dashed) {
        series.setLineColor(colour);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineStyle(dashed ? SeriesLines.DASH_DASH : SeriesLines.SOLID);
    }

    private static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setAntiAlias(true);
    }
}
