package io.shoplab.lab.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/** A chart as SVG text, through XChart's VectorGraphicsEncoder; the chaos report draws its own charts with it too. */
public final class Svg {

    private Svg() {
    }

    /** A standalone SVG document, for a file of its own. */
    public static String document(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw chart " + chart.getTitle(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
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
}
