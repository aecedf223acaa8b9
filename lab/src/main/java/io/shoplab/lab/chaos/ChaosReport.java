package io.shoplab.lab.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.shoplab.lab.report.Html;
import io.shoplab.lab.report.Machine;
import io.shoplab.lab.report.Markdown;
import io.shoplab.lab.report.Svg;
import io.shoplab.lab.report.Table;
import io.shoplab.lab.shopapi.Journey;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a campaign's report beside the lab's own ({@code target/report/chaos-<stack>/}): {@code index.html}
 * (self-contained, the timelines inlined as SVG), {@code report.md} with {@code charts/run-NN.svg}, and
 * {@code data.json} (the runs without their requests, which are in each run's {@code history.jsonl}).
 */
final class ChaosReport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .build();

    private ChaosReport() {
    }

    /** Returns the path of {@code index.html}. */
    static Path write(CampaignResult result, Path directory) {
        Map<Integer, String> charts = new LinkedHashMap<>();
        result.runs().forEach(run -> charts.put(run.run(), Svg.document(ChaosCharts.timeline(run))));
        try {
            Files.createDirectories(directory.resolve("charts"));
            for (Map.Entry<Integer, String> chart : charts.entrySet()) {
                Files.writeString(directory.resolve("charts").resolve(chartName(chart.getKey())), chart.getValue());
            }
            JSON.writeValue(directory.resolve("data.json").toFile(), result);
            Files.writeString(directory.resolve("report.md"), markdown(result));
            return Files.writeString(directory.resolve("index.html"), html(result, charts));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the chaos report in " + directory, e);
        }
    }

    private static String html(CampaignResult result, Map<Integer, String> charts) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(Html.element("title", title(result)))
                .append("<style>\n").append(Html.STYLE).append("pre { white-space: pre-wrap; font-size: 12px; }\n</style>\n</head>\n<body>\n")
                .append(Html.element("h1", title(result)))
                .append("<p class=\"meta\">").append(Html.escape(meta(result))).append("</p>\n")
                .append(Html.element("h2", "Summary")).append(Html.table(CampaignSummary.overview(result)))
                .append(Html.element("h2", "Blast radius"))
                .append(Html.element("p", BLAST_RADIUS_TEXT))
                .append(Html.table(CampaignSummary.blastRadius(result)))
                .append("<p class=\"meta\">").append(Html.escape(CampaignSummary.settingsCaption(result))).append("</p>\n")
                .append(Html.element("h2", "Runs"));
        for (RunResult run : result.runs()) {
            html.append(Html.element("h3", runTitle(run)))
                    .append(Html.element("p", ChaosRun.summary("Run " + run.run(), run)))
                    .append(Html.table(faults(run)));
            if (!run.kills().isEmpty()) {
                html.append(Html.table(kills(run)));
            }
            html.append("<figure>\n").append(Svg.inline(charts.get(run.run()))).append("\n</figure>\n");
            violations(run).forEach(line -> html.append("<pre class=\"failed\">").append(Html.escape(line)).append("</pre>\n"));
            html.append("<p>History: <a href=\"").append(Html.escape(run.history())).append("\">")
                    .append(Html.escape(run.history())).append("</a></p>\n");
        }
        html.append(Html.element("h2", "Settings in force")).append(Html.table(settings(result))).append("</body>\n</html>\n");
        return html.toString();
    }

    private static String markdown(CampaignResult result) {
        StringBuilder md = new StringBuilder("# ").append(Markdown.text(title(result))).append("\n\n")
                .append(Markdown.text(meta(result))).append("\n\n## Summary\n\n").append(Markdown.table(CampaignSummary.overview(result)))
                .append("\n## Blast radius\n\n").append(Markdown.text(BLAST_RADIUS_TEXT)).append("\n\n")
                .append(Markdown.table(CampaignSummary.blastRadius(result))).append('\n')
                .append(Markdown.text(CampaignSummary.settingsCaption(result))).append("\n\n## Runs\n");
        for (RunResult run : result.runs()) {
            md.append("\n### ").append(Markdown.text(runTitle(run))).append("\n\n")
                    .append(Markdown.text(ChaosRun.summary("Run " + run.run(), run))).append("\n\n")
                    .append(Markdown.table(faults(run))).append('\n');
            if (!run.kills().isEmpty()) {
                md.append(Markdown.table(kills(run))).append('\n');
            }
            md.append("![").append(Markdown.text(runTitle(run))).append("](charts/").append(chartName(run.run())).append(")\n\n");
            violations(run).forEach(line -> md.append("    ").append(line.replace("\n", "\n    ")).append("\n\n"));
            md.append("History: [").append(run.history()).append("](").append(run.history()).append(")\n");
        }
        md.append("\n## Settings in force\n\n").append(Markdown.table(settings(result)));
        return md.toString();
    }

    private static final String BLAST_RADIUS_TEXT = "For every component killed: the share of each journey begun while it was"
            + " down (from the SIGKILL until it answered again) that still succeeded, a product page answered without some parts"
            + " counted as degraded; the time from the kill to the first failed request (\"none\" when nothing failed), and from"
            + " the restart order to the first success of every journey that had failed; median over its kills. A kill"
            + " overlapping another fault shares the blame with it.";

    private static String title(CampaignResult result) {
        return "Chaos campaign on the " + result.settings().stack() + ", seed " + result.settings().seed();
    }

    private static String meta(CampaignResult result) {
        Machine machine = Machine.current();
        ChaosSettings settings = result.settings();
        return String.format(Locale.ROOT, "Started %s on %d cores, %d MiB, Java %s. %d of %d runs in %s; each run %d s of load"
                        + " (on while a killed component restarts), %d customers, %s journeys/s (browse 35 %%, product page 30 %%,"
                        + " review 10 %%, order 25 %%; orders retried with their Idempotency-Key). Schedules: java.util.Random(seed × 1,000,003 + run).",
                result.started(), machine.cores(), machine.memoryMib(), machine.javaVersion(), result.runs().size(), settings.runs(),
                CampaignSummary.minutes(result.tookMillis()), settings.runDuration().toSeconds(), settings.clients(),
                Campaign.format(settings.rate()));
    }

    private static String runTitle(RunResult run) {
        return "Run " + run.run() + (run.violations().isEmpty() ? "" : " — VIOLATED") + (run.notTested().isEmpty() ? "" : " — NOT TESTED");
    }

    private static Table faults(RunResult run) {
        List<List<String>> rows = new ArrayList<>();
        for (AppliedFault fault : run.faults()) {
            rows.add(List.of(Integer.toString(fault.planned().number()), fault.planned().label(), at(run, fault.startMillis()),
                    at(run, fault.endMillis()), fault.readyMillis() > 0 ? at(run, fault.readyMillis()) : "–",
                    fault.problem() == null ? "" : fault.problem()));
        }
        return new Table(List.of("fault", "what", "applied at", "lifted / restart ordered at", "ready at", "problem"), rows);
    }

    private static Table kills(RunResult run) {
        List<List<String>> rows = new ArrayList<>();
        for (KillImpact kill : run.kills()) {
            List<String> cells = new ArrayList<>(List.of(kill.component()));
            for (Journey journey : Journey.values()) {
                cells.add(kill.whileDown().getOrDefault(journey, JourneyStats.NONE).describe());
            }
            cells.add(kill.detectMillis() == null ? "none" : seconds(kill.detectMillis()));
            cells.add(kill.detectMillis() == null ? "–" : kill.recoverMillis() == null ? "not seen" : seconds(kill.recoverMillis()));
            cells.add(kill.overlapping().isEmpty() ? "" : String.join(", ", kill.overlapping()));
            rows.add(cells);
        }
        List<String> header = new ArrayList<>(List.of("killed"));
        for (Journey journey : Journey.values()) {
            header.add(journey.label() + " while down");
        }
        header.addAll(List.of("detected after", "recovered after", "overlapping"));
        return new Table(header, rows);
    }

    private static List<String> violations(RunResult run) {
        List<String> lines = new ArrayList<>(run.notTested().stream().map(reason -> "NOT TESTED: " + reason).toList());
        run.violations().stream().map(violation -> "VIOLATED: " + violation.invariant() + " — " + violation.detail()
                + (violation.evidence().isEmpty() ? "" : "\n" + String.join("\n", violation.evidence()))).forEach(lines::add);
        return lines;
    }

    private static Table settings(CampaignResult result) {
        return new Table(List.of("setting", "value", "from"), result.settingsInForce().stream()
                .map(setting -> List.of(setting.name(), setting.value(), setting.source())).toList());
    }

    private static String at(RunResult run, long epochMillis) {
        return epochMillis <= 0 ? "–" : seconds(epochMillis - run.startMillis());
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String chartName(int run) {
        return String.format(Locale.ROOT, "run-%02d.svg", run);
    }
}
