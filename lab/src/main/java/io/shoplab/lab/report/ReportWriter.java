package io.shoplab.lab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report into a directory (the lab uses {@code target/report/}):
 * {@code index.html} (self-contained), {@code report.md} with {@code charts/*.svg},
 * {@code data.json} and {@code timeline-<experiment>.csv}.
 */
public final class ReportWriter {

    static final String CHARTS = "charts";

    private ReportWriter() {
    }

    /** Writes every file and returns the path of {@code index.html}. Files of an earlier report are overwritten. */
    public static Path write(Report report, Path directory) {
        Map<String, List<RenderedChart>> charts = new LinkedHashMap<>();
        report.experiments().forEach(experiment -> charts.put(experiment.name(), RenderedChart.of(experiment)));
        RenderedChart costChart = RenderedChart.of(report.cost());
        try {
            Files.createDirectories(directory.resolve(CHARTS));
            for (RenderedChart chart : charts.values().stream().flatMap(List::stream).toList()) {
                Files.writeString(directory.resolve(CHARTS).resolve(chart.fileName()), chart.svg());
            }
            Files.writeString(directory.resolve(CHARTS).resolve(costChart.fileName()), costChart.svg());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the charts under " + directory, e);
        }
        report.experiments().forEach(experiment ->
                ReportData.writeTimelineCsv(experiment, directory.resolve("timeline-" + experiment.name() + ".csv")));
        ReportData.writeJson(report, directory.resolve("data.json"));
        MarkdownReportWriter.write(report, charts, costChart, directory.resolve("report.md"));
        return HtmlReportWriter.write(report, charts, costChart, directory.resolve("index.html"));
    }
}
