package io.shoplab.lab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a report into a directory (the lab uses {@code target/report/}), from the templates
 * {@code report.html} and {@code report.md}: {@code index.html} (self-contained: inline CSS, charts inlined
 * as SVG, no URL anywhere) with the verdict table first, then each experiment, the cost table and the
 * settings; {@code report.md}, the same with {@code charts/*.svg} (a waterfall per traced request among them);
 * {@code data.json} and {@code timeline-<experiment>.csv}.
 */
public final class ReportWriter {

    private static final String CHARTS = "charts";

    private ReportWriter() {}

    /**
     * Writes every file and returns the path of {@code index.html}. An earlier report's files go first: a run of
     * fewer experiments must not leave the timelines and charts of others beside it, as if they were its own.
     */
    public static Path write(Report report, Path directory) {
        View view = View.of(report);
        try {
            deleteMatching(directory, "timeline-*.csv");
            deleteMatching(directory.resolve(CHARTS), "*.svg");
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear the earlier report in " + directory, e);
        }
        Templates.writeCharts(directory.resolve(CHARTS), view.charts());
        report.experiments()
                .forEach(experiment -> ReportData.writeTimelineCsv(
                        experiment, directory.resolve("timeline-" + experiment.name() + ".csv")));
        ReportData.writeJson(report, directory.resolve("data.json"));
        Templates.write(directory.resolve("report.md"), "report.md", view);
        return Templates.write(directory.resolve("index.html"), "report.html", view);
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

    /** What both templates show, worked out once so that the HTML and the Markdown say the same. */
    record View(
            Report report,
            String meta,
            Table verdicts,
            List<RenderedChart> traces,
            List<Section> experiments,
            Table cost,
            RenderedChart costChart,
            Table settings) {

        static View of(Report report) {
            RunInfo run = report.run();
            String meta = "Run of " + run.date() + " on " + run.machine().cores() + " cores, "
                    + run.machine().memoryMib() + " MiB, Java " + run.machine().javaVersion() + "; the stacks ran as "
                    + run.platform() + ".";
            return new View(
                    report,
                    meta,
                    ReportTables.verdicts(report),
                    report.traces().stream().map(RenderedChart::of).toList(),
                    report.experiments().stream().map(Section::of).toList(),
                    report.cost().isEmpty() ? null : ReportTables.cost(report.cost()),
                    RenderedChart.of(report.cost()),
                    ReportTables.settings(run));
        }

        public String pageTitle() {
            return "shoplab report " + report.run().date();
        }

        /** Every chart, each to be written as a file of its own. */
        List<RenderedChart> charts() {
            return Stream.of(
                            experiments.stream().flatMap(section -> section.charts().stream()),
                            traces.stream(),
                            Stream.of(costChart))
                    .flatMap(charts -> charts)
                    .toList();
        }
    }

    /**
     * One experiment's section; a part it does not have is {@code null}, so its template section is skipped.
     *
     * @param markerLine its faults and heals, e.g. "t=20 s kill reviews; t=40 s restart reviews"
     * @param numbers its stacks' numbers side by side, and {@code perRequest} the same by request
     * @param capacity each configuration's capacity, when it searched them
     * @param repeatedNote how a repeated experiment's figures are to be read, with {@code spreadHeading} and {@code spread}
     * @param broken the invariants broken in runs after the first
     */
    record Section(
            ExperimentResult experiment,
            List<RenderedChart> charts,
            String markerLine,
            Table numbers,
            Table perRequest,
            Table capacity,
            String repeatedNote,
            String spreadHeading,
            Table spread,
            List<String> broken) {

        static Section of(ExperimentResult experiment) {
            boolean ran = !experiment.stacks().isEmpty();
            boolean repeated = experiment.repeated();
            return new Section(
                    experiment,
                    RenderedChart.of(experiment),
                    experiment.markers().isEmpty()
                            ? null
                            : String.join(
                                    "; ",
                                    experiment.markers().stream()
                                            .map(marker -> "t=" + marker.second() + " s " + marker.label())
                                            .toList()),
                    ran ? ReportTables.stackNumbers(experiment) : null,
                    ran ? ReportTables.requestNumbers(experiment) : null,
                    experiment.capacities().isEmpty() ? null : ReportTables.capacity(experiment),
                    repeated ? Repetitions.note(experiment) : null,
                    repeated ? Repetitions.heading(experiment) : null,
                    repeated ? Repetitions.spread(experiment) : null,
                    Repetitions.brokenInLaterRuns(experiment));
        }
    }
}
