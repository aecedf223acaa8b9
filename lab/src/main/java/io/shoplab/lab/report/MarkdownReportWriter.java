package io.shoplab.lab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes {@code report.md}: the HTML report's content, with the charts as links to {@code charts/*.svg}. */
final class MarkdownReportWriter {

    private MarkdownReportWriter() {
    }

    static Path write(Report report, Map<String, List<RenderedChart>> chartsByExperiment, List<RenderedChart> traces, RenderedChart costChart,
                      Path file) {
        StringBuilder md = new StringBuilder("# Monolith vs microservices: what the lab measured\n\n")
                .append(text(HtmlReportWriter.meta(report.run()))).append("\n\n")
                .append("## Verdicts on the article's claims\n\n").append(table(ReportTables.verdicts(report)));
        if (!traces.isEmpty()) {
            md.append("\n## ").append(text(HtmlReportWriter.TRACES_HEADING)).append("\n\n").append(text(HtmlReportWriter.TRACES_NOTE))
                    .append("\n\n");
            traces.forEach(trace -> md.append(image(trace)));
        }
        md.append("\n## Experiments\n");
        for (ExperimentResult experiment : report.experiments()) {
            md.append("\n### ").append(text(experiment.title())).append("\n\n")
                    .append("**What was done:** ").append(text(experiment.whatWasDone())).append("\n\n")
                    .append("**Load model:** ").append(text(experiment.loadModel().description())).append("\n\n");
            if (experiment.repeated()) {
                md.append(text(Repetitions.note(experiment))).append("\n\n");
            }
            experiment.verdicts().forEach(verdict -> md.append("> ").append(text(verdict.claim().title())).append(" — “")
                    .append(text(verdict.claim().articleSays())).append("”\n\n**").append(verdict.verdict().name())
                    .append("** ").append(text(verdict.sentence())).append("\n\n"));
            chartsByExperiment.getOrDefault(experiment.name(), List.of()).forEach(chart -> md.append(image(chart)));
            if (!experiment.markers().isEmpty()) {
                md.append("**Markers:** ").append(text(String.join("; ", experiment.markers().stream()
                        .map(marker -> "t=" + marker.second() + " s " + marker.label()).toList()))).append("\n\n");
            }
            if (!experiment.stacks().isEmpty()) {
                md.append(table(ReportTables.stackNumbers(experiment))).append("\nPer request:\n\n")
                        .append(table(ReportTables.requestNumbers(experiment))).append('\n');
            }
            if (!experiment.capacities().isEmpty()) {
                md.append(table(ReportTables.capacity(experiment))).append('\n');
            }
            if (experiment.repeated()) {
                md.append("**").append(text(Repetitions.heading(experiment))).append("**\n\n")
                        .append(table(Repetitions.spread(experiment))).append('\n');
            }
            experiment.stacks().forEach(stack -> md.append(invariantsAndLinks(stack)));
            List<String> broken = Repetitions.brokenInLaterRuns(experiment);
            if (!broken.isEmpty()) {
                md.append("**Invariants broken in later runs:**\n\n");
                broken.forEach(line -> md.append("- **BROKEN:** ").append(text(line)).append('\n'));
                md.append('\n');
            }
        }
        if (!report.cost().isEmpty()) {
            md.append("\n## Cost\n\n").append(table(ReportTables.cost(report.cost()))).append('\n').append(image(costChart));
        }
        md.append("\n## Machine and settings\n\n").append(table(ReportTables.settings(report.run())));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, md);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static String invariantsAndLinks(StackResult stack) {
        StringBuilder md = new StringBuilder();
        if (!stack.invariants().isEmpty()) {
            md.append("**").append(text(stack.stack())).append(" invariants:**\n\n");
            stack.invariants().forEach(check -> md.append("- ").append(check.passed() ? "held: " : "**BROKEN:** ")
                    .append(text(check.name() + " — " + check.detail())).append('\n'));
            md.append('\n');
        }
        if (stack.gatlingReport() != null) {
            md.append("[Gatling report of ").append(text(stack.stack())).append("](")
                    .append(stack.gatlingReport().replace(" ", "%20").replace(")", "%29")).append(")\n\n");
        }
        return md.toString();
    }

    private static String image(RenderedChart chart) {
        return "![" + text(chart.title()) + "](" + ReportWriter.CHARTS + "/" + chart.fileName() + ")\n\n";
    }

    static String table(Table table) {
        return Markdown.table(table);
    }

    static String text(String text) {
        return Markdown.text(text);
    }
}
