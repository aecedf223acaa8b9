package io.shoplab.lab.chaos;

import java.awt.Color;
import java.util.Locale;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import io.shoplab.lab.shopapi.Journey;
import io.shoplab.lab.shopapi.RequestRecord;

/**
 * A run's timeline, Jepsen style: per second and per journey the requests answered as expected (solid)
 * and those that failed (dashed), degraded product pages dotted, and every fault's span shaded (a kill
 * until its component answered again), on the run's own clock.
 */
final class ChaosCharts {

    private static final Color[] JOURNEY_COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0x9467bd)};
    private static final Color KILL_SHADE = new Color(214, 39, 40, 50);
    private static final Color LATENCY_SHADE = new Color(255, 187, 0, 55);
    private static final Color ERRORS_SHADE = new Color(140, 86, 75, 45);

    private ChaosCharts() {
    }

    static XYChart timeline(RunResult run) {
        long lastEnd = run.records().stream().mapToLong(RequestRecord::endMillis).max().orElse(run.loadEndMillis());
        int seconds = (int) Math.max(1, (lastEnd - run.startMillis()) / 1000 + 1);
        XYChart chart = new XYChartBuilder().width(1100).height(420)
                .title(String.format(Locale.ROOT, "Run %d (seed %d): answers per second by journey", run.run(), run.schedule().seed()))
                .xAxisTitle("seconds since the run's start").yAxisTitle("requests per second").build();
        style(chart.getStyler());
        double[] x = new double[seconds];
        for (int second = 0; second < seconds; second++) {
            x[second] = second;
        }
        double top = 1;
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
            Color colour = JOURNEY_COLOURS[journey.ordinal()];
            line(chart.addSeries(journey.label() + " ok/s", x, ok), colour, SeriesLines.SOLID);
            line(chart.addSeries(journey.label() + " failed/s", x, failed), colour, SeriesLines.DASH_DASH);
            if (journey == Journey.PRODUCT_PAGE) {
                line(chart.addSeries(journey.label() + " degraded/s", x, degraded), colour, SeriesLines.DOT_DOT);
            }
            for (int second = 0; second < seconds; second++) {
                top = Math.max(top, Math.max(ok[second], failed[second]));
            }
        }
        for (AppliedFault fault : run.faults()) {
            if (!fault.applied()) {
                continue; // never applied: nothing to shade
            }
            long until = fault.downUntilMillis() > 0 ? fault.downUntilMillis() : run.loadEndMillis();
            double from = (fault.startMillis() - run.startMillis()) / 1000.0;
            double to = Math.max(from + 0.2, (until - run.startMillis()) / 1000.0);
            String name = String.format(Locale.ROOT, "fault %d: %s (%.1f–%.1f s)", fault.planned().number(), fault.planned().label(), from, to);
            XYSeries shade = chart.addSeries(name, new double[] {from, to}, new double[] {top, top});
            Color colour = switch (fault.planned().kind()) {
                case KILL, PAUSE -> KILL_SHADE;
                case LATENCY -> LATENCY_SHADE;
                case ERRORS -> ERRORS_SHADE;
            };
            shade.setXYSeriesRenderStyle(XYSeriesRenderStyle.Area);
            shade.setFillColor(colour);
            shade.setLineColor(colour);
            shade.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    private static void line(XYSeries series, Color colour, java.awt.BasicStroke stroke) {
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setLineColor(colour);
        series.setLineStyle(stroke);
        series.setMarker(SeriesMarkers.NONE);
    }

    private static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        // Nine series and a shade per fault: a column beside the plot, where none is cut off.
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendLayout(Styler.LegendLayout.Vertical);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setAntiAlias(true);
    }
}
