package io.shoplab.lab.chaos;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.shoplab.lab.invariants.Finding;
import io.shoplab.lab.report.Table;
import io.shoplab.lab.shopapi.Journey;

/** The campaign's outcome as the console shows it, and the tables the report shares with it. */
final class CampaignSummary {

    private CampaignSummary() {}

    static void print(CampaignResult result, Path report, PrintStream out) {
        out.println();
        out.printf(
                "chaos campaign on %s, seed %d: %d of %d runs in %s%n",
                result.settings().stack(),
                result.settings().seed(),
                result.runs().size(),
                result.settings().runs(),
                minutes(result.tookMillis()));
        overview(result).rows().forEach(row -> out.printf("  %-20s %s%n", row.get(0) + ":", row.get(1)));
        if (!result.blastRadius().isEmpty()) {
            out.println("  blast radius — journeys that still succeeded while the component was down:");
            printTable(blastRadius(result), out);
        }
        out.println("  settings in force, as the running apps report them:");
        ResilienceSettings.bySource(result.settingsInForce())
                .forEach((source, values) -> out.printf("    %s: %s%n", source, String.join(", ", values)));
        out.println("  report: " + report);
    }

    /** Runs, faults, requests, journeys and violations, as label and value. */
    static Table overview(CampaignResult result) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "runs", result.runs().size() + " of " + result.settings().runs()));
        Map<FaultKind, Long> faults = result.faultsByKind();
        rows.add(List.of(
                "faults injected",
                faults.values().stream().mapToLong(Long::longValue).sum() + " ("
                        + faults.entrySet().stream()
                                .map(entry -> entry.getKey().label() + " " + entry.getValue())
                                .collect(Collectors.joining(", "))
                        + (result.faultsNotApplied() > 0
                                ? "; " + result.faultsNotApplied() + " more could not be applied"
                                : "")
                        + ")"));
        rows.add(List.of("requests", result.requests() + " (retries included)"));
        rows.add(List.of(
                "journeys succeeded",
                result.journeys().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(entry ->
                                entry.getKey().label() + " " + entry.getValue().describe())
                        .collect(Collectors.joining("; "))));
        rows.add(
                List.of(
                        "orders placed without a 201",
                        result.runs().stream()
                                        .mapToLong(RunResult::placedWithoutAnswer)
                                        .sum()
                                + " (the client gave up after failures; the order was placed anyway, or finished by the saga's recovery)"));
        List<RunResult> untested =
                result.runs().stream().filter(run -> !run.notTested().isEmpty()).toList();
        rows.add(List.of(
                "runs not tested",
                untested.isEmpty()
                        ? "0"
                        : untested.size() + " ("
                                + untested.stream()
                                        .map(run -> "run " + run.run() + ": " + String.join("; ", run.notTested()))
                                        .collect(Collectors.joining("; "))
                                + ")"));
        rows.add(List.of(
                "violations",
                result.violations().isEmpty()
                        ? "0"
                        : result.violations().size() + " ("
                                + result.violations().stream()
                                        .map(Finding::invariant)
                                        .distinct()
                                        .collect(Collectors.joining(", "))
                                + ")"));
        return new Table(List.of("what", "how many"), rows);
    }

    static Table blastRadius(CampaignResult result) {
        List<String> header = new ArrayList<>(List.of("killed", "kills"));
        Arrays.stream(Journey.values()).map(Journey::label).forEach(header::add);
        header.addAll(List.of("time to detect", "time to recover", "restart took", "overlapping"));
        List<List<String>> rows = new ArrayList<>();
        for (BlastRadius row : result.blastRadius()) {
            List<String> cells = new ArrayList<>(List.of(row.component(), Integer.toString(row.kills())));
            cells.addAll(JourneyStats.described(row.whileDown()));
            cells.addAll(List.of(row.detect(), row.recover(), row.restart(), row.overlapping() + " of " + row.kills()));
            rows.add(cells);
        }
        return new Table(header, rows);
    }

    /** The timers in force and where they come from, in one paragraph. */
    static String settingsCaption(CampaignResult result) {
        return "Settings in force, as the running apps report them (by app and property source; each under \"Settings in force\"): "
                + ResilienceSettings.bySource(result.settingsInForce()).entrySet().stream()
                        .map(entry -> entry.getKey() + ": " + String.join(", ", entry.getValue()))
                        .collect(Collectors.joining("; "))
                + ".";
    }

    static String minutes(long millis) {
        long seconds = millis / 1000;
        return seconds < 60
                ? seconds + " s"
                : String.format(java.util.Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    private static void printTable(Table table, PrintStream out) {
        List<List<String>> all = new ArrayList<>(List.of(table.header()));
        all.addAll(table.rows());
        int[] widths = IntStream.range(0, table.header().size())
                .map(column -> all.stream()
                        .mapToInt(row -> row.get(column).length())
                        .max()
                        .orElseThrow())
                .toArray();
        all.forEach(row -> out.println(("    "
                        + IntStream.range(0, widths.length)
                                .mapToObj(column -> String.format("%-" + widths[column] + "s", row.get(column)))
                                .collect(Collectors.joining("  ")))
                .stripTrailing()));
    }
}
