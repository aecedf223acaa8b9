package io.shoplab.lab.chaos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.shoplab.lab.report.Machine;
import io.shoplab.lab.report.RenderedChart;
import io.shoplab.lab.report.ReportData;
import io.shoplab.lab.report.Table;
import io.shoplab.lab.report.Templates;
import io.shoplab.lab.shopapi.Journey;

/**
 * Writes a campaign's report beside the lab's own ({@code target/report/chaos-<stack>/}), from the templates
 * {@code chaos.html} and {@code chaos.md}: {@code index.html} (self-contained, the timelines inlined as SVG),
 * {@code report.md} with {@code charts/run-NN.svg}, and {@code data.json} (the runs without their requests,
 * which are in each run's {@code history.jsonl}).
 */
final class ChaosReport {

    private ChaosReport() {}

    /** Returns the path of {@code index.html}. */
    static Path write(CampaignResult result, Path directory) {
        View view = new View(
                "Chaos campaign on the " + result.settings().stack() + ", seed "
                        + result.settings().seed(),
                meta(result),
                CampaignSummary.overview(result),
                CampaignSummary.blastRadius(result),
                CampaignSummary.settingsCaption(result),
                result.runs().stream().map(Run::of).toList(),
                settings(result));
        Templates.writeCharts(
                directory.resolve("charts"),
                view.runs().stream().map(Run::chart).toList());
        ReportData.writeJson(result, directory.resolve("data.json"));
        Templates.write(directory.resolve("report.md"), "chaos.md", view);
        return Templates.write(directory.resolve("index.html"), "chaos.html", view);
    }

    /** What both templates show. */
    record View(
            String pageTitle,
            String meta,
            Table overview,
            Table blastRadius,
            String settingsCaption,
            List<Run> runs,
            Table settings) {}

    /**
     * One run's section.
     *
     * @param kills the blast radius of each of its kills; {@code null} when it killed nothing
     * @param violations what it broke or could not test, with the evidence, one block each
     */
    record Run(
            String title,
            String summary,
            Table faults,
            Table kills,
            RenderedChart chart,
            List<String> violations,
            String history) {

        static Run of(RunResult run) {
            String title = "Run " + run.run() + (run.violations().isEmpty() ? "" : " — VIOLATED")
                    + (run.notTested().isEmpty() ? "" : " — NOT TESTED");
            RenderedChart chart = new RenderedChart(
                    String.format(Locale.ROOT, "run-%02d.svg", run.run()), title, ChaosCharts.timeline(run));
            return new Run(
                    title,
                    ChaosRun.summary("Run " + run.run(), run),
                    ChaosReport.faults(run),
                    run.kills().isEmpty() ? null : ChaosReport.kills(run),
                    chart,
                    ChaosReport.violations(run),
                    run.history());
        }

        /** The violations as Markdown code blocks, shown as they are. */
        public List<String> codeBlocks() {
            return violations.stream()
                    .map(block -> "    " + block.replace("\n", "\n    "))
                    .toList();
        }
    }

    private static String meta(CampaignResult result) {
        Machine machine = Machine.current();
        ChaosSettings settings = result.settings();
        return String.format(
                Locale.ROOT,
                "Started %s on %d cores, %d MiB, Java %s. %d of %d runs in %s; each run %d s of load"
                        + " (on while a killed component restarts), %d customers, %s journeys/s (browse 35 %%, product page 30 %%,"
                        + " review 10 %%, order 25 %%; orders retried with their Idempotency-Key). Schedules: java.util.Random(seed × 1,000,003 + run).",
                result.started(),
                machine.cores(),
                machine.memoryMib(),
                machine.javaVersion(),
                result.runs().size(),
                settings.runs(),
                CampaignSummary.minutes(result.tookMillis()),
                settings.runDuration().toSeconds(),
                settings.clients(),
                Campaign.format(settings.rate()));
    }

    private static Table faults(RunResult run) {
        return new Table(
                List.of("fault", "what", "applied at", "lifted / restart ordered at", "ready at", "problem"),
                run.faults().stream()
                        .map(fault -> List.of(
                                Integer.toString(fault.planned().number()),
                                fault.planned().label(),
                                at(run, fault.startMillis()),
                                at(run, fault.endMillis()),
                                at(run, fault.readyMillis()),
                                Objects.requireNonNullElse(fault.problem(), "")))
                        .toList());
    }

    private static Table kills(RunResult run) {
        List<List<String>> rows = new ArrayList<>();
        for (KillImpact kill : run.kills()) {
            List<String> cells = new ArrayList<>(List.of(kill.component()));
            cells.addAll(JourneyStats.described(kill.whileDown()));
            cells.add(kill.detectMillis() == null ? "none" : seconds(kill.detectMillis()));
            cells.add(
                    kill.detectMillis() == null
                            ? "–"
                            : kill.recoverMillis() == null ? "not seen" : seconds(kill.recoverMillis()));
            cells.add(kill.overlapping().isEmpty() ? "" : String.join(", ", kill.overlapping()));
            rows.add(cells);
        }
        List<String> header = new ArrayList<>(List.of("killed"));
        Arrays.stream(Journey.values())
                .map(journey -> journey.label() + " while down")
                .forEach(header::add);
        header.addAll(List.of("detected after", "recovered after", "overlapping"));
        return new Table(header, rows);
    }

    private static List<String> violations(RunResult run) {
        List<String> lines = new ArrayList<>(
                run.notTested().stream().map(reason -> "NOT TESTED: " + reason).toList());
        run.violations().stream()
                .map(violation -> "VIOLATED: " + violation.invariant() + " — " + violation.detail()
                        + (violation.evidence().isEmpty() ? "" : "\n" + String.join("\n", violation.evidence())))
                .forEach(lines::add);
        return lines;
    }

    private static Table settings(CampaignResult result) {
        return new Table(
                List.of("setting", "value", "from"),
                result.settingsInForce().stream()
                        .map(setting -> List.of(setting.name(), setting.value(), setting.source()))
                        .toList());
    }

    private static String at(RunResult run, long epochMillis) {
        return epochMillis <= 0 ? "–" : seconds(epochMillis - run.startMillis());
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
