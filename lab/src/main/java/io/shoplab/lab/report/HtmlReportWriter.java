package io.shoplab.lab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code index.html}: one self-contained page (inline CSS, charts inlined as SVG, no URL
 * anywhere) with the verdict table first, then each experiment, the cost table and the settings.
 */
final class HtmlReportWriter {

    static final String TRACES_HEADING = "One product page, traced";
    static final String TRACES_NOTE = "The same GET /api/products/1 on each stack, sent with a sampled W3C traceparent once the"
            + " stack was up and a few unsampled pages had warmed it; every app reported its spans to Zipkin, and these bars are"
            + " its answer (/api/v2/trace/{id}). Only this request was traced: the experiments ran unsampled.";

    private HtmlReportWriter() {
    }

    static Path write(Report report, Map<String, List<RenderedChart>> chartsByExperiment, List<RenderedChart> traces, RenderedChart costChart,
                      Path file) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(Html.element("title", "shoplab report " + report.run().date()))
                .append("<style>\n").append(Html.STYLE).append("</style>\n</head>\n<body>\n")
                .append(Html.element("h1", "Monolith vs microservices: what the lab measured"))
                .append("<p class=\"meta\">").append(Html.escape(meta(report.run()))).append("</p>\n")
                .append(Html.element("h2", "Verdicts on the article's claims"))
                .append(Html.table(ReportTables.verdicts(report)));
        if (!traces.isEmpty()) {
            html.append(Html.element("h2", TRACES_HEADING))
                    .append(Html.element("p", TRACES_NOTE))
                    .append("<div class=\"side-by-side\">\n");
            traces.forEach(trace -> html.append(figure(trace)));
            html.append("</div>\n");
        }
        html.append(Html.element("h2", "Experiments"));
        for (ExperimentResult experiment : report.experiments()) {
            html.append(experiment(experiment, chartsByExperiment.getOrDefault(experiment.name(), List.of())));
        }
        if (!report.cost().isEmpty()) {
            html.append(Html.element("h2", "Cost"))
                    .append(Html.table(ReportTables.cost(report.cost())))
                    .append(figure(costChart));
        }
        html.append(Html.element("h2", "Machine and settings"))
                .append(Html.table(ReportTables.settings(report.run())))
                .append("</body>\n</html>\n");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, html);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    static String meta(RunInfo run) {
        return "Run of " + run.date() + " on " + run.machine().cores() + " cores, " + run.machine().memoryMib()
                + " MiB, Java " + run.machine().javaVersion() + "; the stacks ran as " + run.platform() + ".";
    }

    private static String experiment(ExperimentResult experiment, List<RenderedChart> charts) {
        StringBuilder html = new StringBuilder("<section id=\"").append(Html.escape(experiment.name())).append("\">\n")
                .append(Html.element("h3", experiment.title()))
                .append("<p><b>What was done:</b> ").append(Html.escape(experiment.whatWasDone())).append("</p>\n")
                .append("<p><b>Load model:</b> ").append(Html.escape(experiment.loadModel().description())).append("</p>\n");
        if (experiment.repeated()) {
            html.append("<p class=\"meta\">").append(Html.escape(Repetitions.note(experiment))).append("</p>\n");
        }
        for (ClaimVerdict verdict : experiment.verdicts()) {
            html.append("<p class=\"claim\">").append(Html.escape(verdict.claim().title())).append(" — “")
                    .append(Html.escape(verdict.claim().articleSays())).append("”</p>\n<p>")
                    .append(Html.verdictBadge(verdict.verdict())).append(' ').append(Html.escape(verdict.sentence())).append("</p>\n");
        }
        charts.forEach(chart -> html.append(figure(chart)));
        if (!experiment.markers().isEmpty()) {
            html.append("<p><b>Markers:</b> ").append(Html.escape(String.join("; ", experiment.markers().stream()
                    .map(marker -> "t=" + marker.second() + " s " + marker.label()).toList()))).append("</p>\n");
        }
        if (!experiment.stacks().isEmpty()) {
            html.append(Html.table(ReportTables.stackNumbers(experiment)))
                    .append("<details><summary>Per request</summary>\n")
                    .append(Html.table(ReportTables.requestNumbers(experiment))).append("</details>\n");
        }
        if (!experiment.capacities().isEmpty()) {
            html.append(Html.table(ReportTables.capacity(experiment)));
        }
        if (experiment.repeated()) {
            html.append("<p><b>").append(Html.escape(Repetitions.heading(experiment))).append("</b></p>\n")
                    .append(Html.table(Repetitions.spread(experiment)));
        }
        experiment.stacks().forEach(stack -> html.append(invariantsAndLinks(stack)));
        List<String> broken = Repetitions.brokenInLaterRuns(experiment);
        if (!broken.isEmpty()) {
            html.append("<p><b>Invariants broken in later runs:</b></p>\n<ul>\n");
            broken.forEach(line -> html.append("<li class=\"failed\">BROKEN: ").append(Html.escape(line)).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String invariantsAndLinks(StackResult stack) {
        StringBuilder html = new StringBuilder();
        if (!stack.invariants().isEmpty()) {
            html.append("<p><b>").append(Html.escape(stack.stack())).append(" invariants:</b></p>\n<ul>\n");
            stack.invariants().forEach(check -> html.append("<li class=\"").append(check.passed() ? "passed" : "failed").append("\">")
                    .append(check.passed() ? "held: " : "BROKEN: ").append(Html.escape(check.name() + " — " + check.detail()))
                    .append("</li>\n"));
            html.append("</ul>\n");
        }
        if (stack.gatlingReport() != null) {
            html.append("<p><a href=\"").append(Html.escape(stack.gatlingReport())).append("\">Gatling report of ")
                    .append(Html.escape(stack.stack())).append("</a></p>\n");
        }
        return html.toString();
    }

    private static String figure(RenderedChart chart) {
        return "<figure aria-label=\"" + Html.escape(chart.title()) + "\">\n" + Svg.inline(chart.svg()) + "\n</figure>\n";
    }
}
