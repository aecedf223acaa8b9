package io.shoplab.lab.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import io.shoplab.lab.bench.BenchResult.ScenarioRound;
import io.shoplab.lab.bench.BenchResult.StackRound;
import io.shoplab.lab.report.Numbers;
import io.shoplab.lab.report.ReportData;
import io.shoplab.lab.report.Spread;
import io.shoplab.lab.report.Table;
import io.shoplab.lab.report.Templates;
import io.shoplab.lab.stack.Stacks;

/**
 * The benchmark's report: per scenario, each stack's figures as min / median / max over the rounds and
 * the ratio of the medians (microservices / monolith); then CPU and memory per process; written as
 * {@code bench.md} (from the template of that name) and, with every step of every search, {@code bench.json}.
 */
public final class BenchReport {

    private BenchReport() {}

    /** Writes both files into {@code directory}; returns the Markdown file. */
    public static Path write(BenchResult result, String command, Path directory) {
        List<ScenarioSection> scenarios = scenarios(result).stream()
                .map(scenario -> new ScenarioSection(
                        scenario,
                        scenarioTable(result, scenario),
                        Stream.of(Stacks.MONOLITH, Stacks.MICROSERVICES)
                                .map(stack -> new Processes(stack, processTable(result, scenario, stack)))
                                .toList()))
                .toList();
        ReportData.writeJson(result, directory.resolve("bench.json"));
        return Templates.write(
                directory.resolve("bench.md"),
                "bench.md",
                new View(command, result.rounds().size() / 2, result, summary(result), scenarios));
    }

    /** What {@code bench.md} shows. */
    record View(String command, int rounds, BenchResult result, Table summary, List<ScenarioSection> scenarios) {}

    record ScenarioSection(Scenario scenario, Table figures, List<Processes> processes) {}

    record Processes(String stack, Table table) {}

    private static final List<String> HEADER = List.of("", Stacks.MONOLITH, Stacks.MICROSERVICES, "ratio");

    /** Capacity of each scenario, CPU per request, memory and start-up: the headline table. */
    public static Table summary(BenchResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (Scenario scenario : scenarios(result)) {
            rows.add(row(
                    result, scenario.title() + ": capacity (requests/s)", figure(scenario, ScenarioRound::capacity)));
            rows.add(row(
                    result,
                    scenario.title() + ": CPU ms per request",
                    steady(scenario, SteadyResult::totalCpuMillisPerRequest)));
        }
        rows.add(row(
                result,
                "memory, all processes (MiB, product page at half capacity)",
                steady(Scenario.PRODUCT, SteadyResult::totalMemoryMib)));
        rows.add(row(result, "start-up until every route answers (s)", StackRound::startUpSeconds));
        rows.add(row(result, "warm-up until the throughput stops rising (s)", StackRound::warmUpSeconds));
        return new Table(HEADER, rows);
    }

    private static Table scenarioTable(BenchResult result, Scenario scenario) {
        return new Table(
                HEADER,
                List.of(
                        row(result, "capacity (requests/s)", figure(scenario, ScenarioRound::capacity)),
                        row(result, "p50 at half capacity (ms)", steady(scenario, s -> (double) s.p50Millis())),
                        row(result, "p99 at half capacity (ms)", steady(scenario, s -> (double) s.p99Millis())),
                        row(result, "failed or degraded at half capacity", steady(scenario, s -> (double) s.failed())),
                        row(
                                result,
                                "CPU ms per request, all processes",
                                steady(scenario, SteadyResult::totalCpuMillisPerRequest))));
    }

    private static Table processTable(BenchResult result, Scenario scenario, String stack) {
        List<StackRound> rounds = rounds(result, stack);
        List<List<String>> rows = rounds.stream()
                .flatMap(round ->
                        Optional.ofNullable(round.scenarios().get(scenario)).map(ScenarioRound::steady).stream())
                .flatMap(steady -> steady.cpuMillisPerRequest().keySet().stream())
                .distinct()
                .map(component -> List.of(
                        component,
                        spread(
                                rounds,
                                steady(scenario, s -> s.cpuMillisPerRequest().get(component))),
                        spread(rounds, steady(scenario, s -> s.memoryMib().get(component)))))
                .toList();
        return new Table(List.of("process", "CPU ms per request", "memory (MiB)"), rows);
    }

    private static List<String> row(BenchResult result, String label, Function<StackRound, Double> value) {
        List<StackRound> mono = rounds(result, Stacks.MONOLITH);
        List<StackRound> micro = rounds(result, Stacks.MICROSERVICES);
        return List.of(
                label, spread(mono, value), spread(micro, value), ratio(median(micro, value), median(mono, value)));
    }

    static String ratio(Optional<Double> numerator, Optional<Double> denominator) {
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.get() == 0) {
            return "–";
        }
        return "×" + Numbers.format(numerator.get() / denominator.get());
    }

    private static String spread(List<StackRound> rounds, Function<StackRound, Double> value) {
        return Spread.of(rounds.stream().map(value).toList())
                .map(Spread::describe)
                .orElse("–");
    }

    private static Optional<Double> median(List<StackRound> rounds, Function<StackRound, Double> value) {
        return Spread.of(rounds.stream().map(value).toList()).map(Spread::median);
    }

    /** A figure of one scenario in each round; {@code null} in a round that did not measure it. */
    private static Function<StackRound, Double> figure(Scenario scenario, Function<ScenarioRound, Double> value) {
        return round ->
                Optional.ofNullable(round.scenarios().get(scenario)).map(value).orElse(null);
    }

    /** A figure of the run at half capacity; {@code null} in a round without one. */
    private static Function<StackRound, Double> steady(Scenario scenario, Function<SteadyResult, Double> value) {
        return figure(scenario, measured -> measured.steady() == null ? null : value.apply(measured.steady()));
    }

    private static List<StackRound> rounds(BenchResult result, String stack) {
        return result.rounds().stream()
                .filter(round -> round.stack().equals(stack))
                .toList();
    }

    private static List<Scenario> scenarios(BenchResult result) {
        Set<Scenario> scenarios = new LinkedHashSet<>();
        result.rounds().forEach(round -> scenarios.addAll(round.scenarios().keySet()));
        return List.copyOf(scenarios);
    }
}
