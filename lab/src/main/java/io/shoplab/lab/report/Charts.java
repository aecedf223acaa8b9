package io.shoplab.lab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The lab's one chart style, drawn by XChart as SVG documents for every report: a colour per stack (or
 * journey), failures dashed, faults shaded behind the lines, the legend under the plot, or beside it when
 * there are so many series that a row under it would be cut off.
 */
public final class Charts {

    private static final Color[] COLOURS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0x9467bd)
    };
    private static final int MOST_SERIES_UNDER = 6;

    private Charts() {}

    /** How a line is drawn: answers solid, failures dashed, degraded answers dotted; a few measured points joined. */
    public enum Stroke {
        SOLID(SeriesLines.SOLID),
        DASHED(SeriesLines.DASH_DASH),
        DOTTED(SeriesLines.DOT_DOT),
        POINTS(SeriesLines.SOLID);

        private final BasicStroke stroke;

        Stroke(BasicStroke stroke) {
            this.stroke = stroke;
        }
    }

    /** The shade of a fault's span: a component down (killed, paused), slowed, or failing. */
    public enum Shade {
        DOWN(new Color(214, 39, 40, 50)),
        SLOW(new Color(255, 187, 0, 55)),
        FAILING(new Color(140, 86, 75, 45));

        private final Color colour;

        Shade(Color colour) {
            this.colour = colour;
        }
    }

    /** One line: {@code colour} is the stack's or journey's index, the same for its answers and its failures. */
    public record Line(String name, double[] x, double[] y, int colour, Stroke stroke) {}

    /** A span of the x axis shaded from the bottom to the highest line, named in the legend. */
    public record Span(String name, double from, double to, Shade shade) {}

    /** Bars of one series, one per category. */
    public record Bars(String name, List<Double> values) {}

    /** Lines over the x axis (seconds, in the lab's charts), the spans shaded behind them. */
    public static String lines(String title, String xAxis, String yAxis, List<Line> lines, List<Span> spans) {
        boolean legendBeside = lines.size() + spans.size() > MOST_SERIES_UNDER;
        XYChart chart = new XYChartBuilder()
                .width(width(legendBeside))
                .height(height(legendBeside))
                .title(title)
                .xAxisTitle(xAxis)
                .yAxisTitle(yAxis)
                .build();
        style(chart.getStyler(), legendBeside);
        double top = 1;
        for (Line line : lines) {
            XYSeries series = chart.addSeries(line.name(), line.x(), line.y());
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            series.setLineColor(COLOURS[line.colour() % COLOURS.length]);
            series.setMarkerColor(COLOURS[line.colour() % COLOURS.length]);
            series.setLineStyle(line.stroke().stroke);
            series.setMarker(line.stroke() == Stroke.POINTS ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            top = Math.max(top, Arrays.stream(line.y()).max().orElse(0));
        }
        for (Span span : spans) {
            XYSeries shade =
                    chart.addSeries(span.name(), new double[] {span.from(), span.to()}, new double[] {top, top});
            shade.setXYSeriesRenderStyle(XYSeriesRenderStyle.Area);
            shade.setFillColor(span.shade().colour);
            shade.setLineColor(span.shade().colour);
            shade.setMarker(SeriesMarkers.NONE);
        }
        return document(chart);
    }

    /** Bars side by side per category; long category names are tilted so that they do not overlap. */
    public static String bars(String title, String xAxis, String yAxis, List<String> categories, List<Bars> bars) {
        boolean legendBeside = bars.size() > MOST_SERIES_UNDER;
        CategoryChart chart = new CategoryChartBuilder()
                .width(width(legendBeside))
                .height(height(legendBeside))
                .title(title)
                .xAxisTitle(xAxis)
                .yAxisTitle(yAxis)
                .build();
        style(chart.getStyler(), legendBeside);
        if (categories.stream().anyMatch(category -> category.length() > 8)) {
            chart.getStyler().setXAxisLabelRotation(20);
        }
        for (int index = 0; index < bars.size(); index++) {
            chart.addSeries(bars.get(index).name(), categories, bars.get(index).values())
                    .setFillColor(COLOURS[index % COLOURS.length]);
        }
        return document(chart);
    }

    /**
     * The same SVG to put inside HTML: without the XML declaration and DOCTYPE (which point to the
     * W3C's DTD) and without namespace declarations, which the HTML parser supplies itself, so that
     * the page names no URL at all.
     */
    public static String inline(String document) {
        String svg = document.substring(document.indexOf("<svg"));
        return svg.replaceAll("\\s+xmlns(:\\w+)?=\"[^\"]*\"", "");
    }

    /** Wider and taller with the legend beside: the plot keeps about the width it has with the legend under it. */
    private static int width(boolean legendBeside) {
        return legendBeside ? 1100 : 960;
    }

    private static int height(boolean legendBeside) {
        return legendBeside ? 420 : 380;
    }

    private static void style(Styler styler, boolean beside) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendPosition(beside ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(beside ? Styler.LegendLayout.Vertical : Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setAntiAlias(true);
    }

    private static String document(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw chart " + chart.getTitle(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
