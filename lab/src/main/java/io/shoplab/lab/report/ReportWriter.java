package io.shoplab.lab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a report into a directory (the lab uses {@code target/report/}):
 * {@code index.html} (self-contained), {@code report.md} with {@code charts/*.svg} (a waterfall per traced request among them),
 * {@code data.json} and {@code timeline-<experiment>.csv}.
 */
public final class ReportWriter {

    static final String CHARTS = "charts";

    private ReportWriter() {
    }

    /**
     * Writes every file and returns the path of {@code index.html}. An earlier report's files go first: a run of
     * fewer experiments must not leave the timelines and charts of others beside it, as if they were its own.
     */
    public static Path write(Report report, Path directory) {
        Map<String, List<RenderedChart>> charts = new LinkedHashMap<>();
        report.experiments().forEach(experiment -> charts.put(experiment.name(), RenderedChart.of(experiment)));
        RenderedChart costChart = RenderedChart.of(report.cost());
        List<RenderedChart> traces = report.traces().stream().map(RenderedChart::of).toList();
        try {
            deleteMatching(directory, "timeline-*.csv");
            deleteMatching(directory.resolve(CHARTS), "*.svg");
            Files.createDirectories(directory.resolve(CHARTS));
            for (RenderedChart chart : Stream.concat(charts.values().stream().flatMap(List::stream), traces.stream()).toList()) {
                Files.writeString(directory.resolve(CHARTS).resolve(chart.fileName()), chart.svg());
            }
            Files.writeString(directory.resolve(CHARTS).resolve(costChart.fileName()), costChart.svg());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the charts under " + directory, e);
        }
        report.experiments().forEach(experiment ->
                ReportData.writeTimelineCsv(experiment, directory.resolve("timeline-" + experiment.name() + ".csv")));
        ReportData.writeJson(report, directory.resolve("data.json"));
        MarkdownReportWriter.write(report, charts, traces, costChart, directory.resolve("report.md"));
        return HtmlReportWriter.write(report, charts, traces, costChart, directory.resolve("index.html"));
    }

    /** Only files this writer writes, by name: whatever else is in the directory (a chaos campaign's report) stays. */
    private static void deleteMatching(Path directory, String glob) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob)) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
    }
}
