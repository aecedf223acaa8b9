package io.shoplab.lab.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

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

    /** Capacity of each scenario, CPU per request, memory and start-up: the headline table. */
    public static Table summary(BenchResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (Scenario scenario : scenarios(result)) {
            rows.add(row(result, scenario.title() + ": capacity (requests/s)", round -> capacity(round, scenario)));
            rows.add(row(
                    result,
                    scenario.title() + ": CPU ms per request",
                    round -> steady(round, scenario)
                            .map(SteadyResult::totalCpuMillisPerRequest)
                            .orElse(null)));
        }
        rows.add(row(
                result,
                "memory, all processes (MiB, product page at half capacity)",
                round -> steady(round, Scenario.PRODUCT)
                        .map(SteadyResult::totalMemoryMib)
                        .orElse(null)));
        rows.add(row(result, "start-up until every route answers (s)", BenchResult.StackRound::startUpSeconds));
        rows.add(row(result, "warm-up until the throughput stops rising (s)", BenchResult.StackRound::warmUpSeconds));
        return new Table(List.of("", Stacks.MONOLITH, Stacks.MICROSERVICES, "ratio"), rows);
    }

    private static Table scenarioTable(BenchResult result, Scenario scenario) {
        return new Table(
                List.of("", Stacks.MONOLITH, Stacks.MICROSERVICES, "ratio"),
                List.of(
                        row(result, "capacity (requests/s)", round -> capacity(round, scenario)),
                        row(
                                result,
                                "p50 at half capacity (ms)",
                                round -> steady(round, scenario)
                                        .map(s -> (double) s.p50Millis())
                                        .orElse(null)),
                        row(
                                result,
                                "p99 at half capacity (ms)",
                                round -> steady(round, scenario)
                                        .map(s -> (double) s.p99Millis())
                                        .orElse(null)),
                        row(
                                result,
                                "failed or degraded at half capacity",
                                round -> steady(round, scenario)
                                        .map(s -> (double) s.failed())
                                        .orElse(null)),
                        row(
                                result,
                                "CPU ms per request, all processes",
                                round -> steady(round, scenario)
                                        .map(SteadyResult::totalCpuMillisPerRequest)
                                        .orElse(null))));
    }

    private static Table processTable(BenchResult result, Scenario scenario, String stack) {
        Set<String> components = new LinkedHashSet<>();
        rounds(result, stack)
                .forEach(round -> steady(round, scenario)
                        .ifPresent(
                                s -> components.addAll(s.cpuMillisPerRequest().keySet())));
        List<List<String>> rows = new ArrayList<>();
        for (String component : components) {
            rows.add(List.of(
                    component,
                    spread(
                            rounds(result, stack),
                            round -> steady(round, scenario)
                                    .map(s -> s.cpuMillisPerRequest().get(component))
                                    .orElse(null)),
                    spread(
                            rounds(result, stack),
                            round -> steady(round, scenario)
                                    .map(s -> s.memoryMib().get(component))
                                    .orElse(null))));
        }
        return new Table(List.of("process", "CPU ms per request", "memory (MiB)"), rows);
    }

    private static List<String> row(BenchResult result, String label, Function<BenchResult.StackRound, Double> value) {
        List<BenchResult.StackRound> mono = rounds(result, Stacks.MONOLITH);
        List<BenchResult.StackRound> micro = rounds(result, Stacks.MICROSERVICES);
        return List.of(
                label, spread(mono, value), spread(micro, value), ratio(median(micro, value), median(mono, value)));
    }

    static String ratio(Optional<Double> numerator, Optional<Double> denominator) {
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.get() == 0) {
            return "–";
        }
        return "×" + Numbers.format(numerator.get() / denominator.get());
    }

    private static String spread(List<BenchResult.StackRound> rounds, Function<BenchResult.StackRound, Double> value) {
        return Spread.of(rounds.stream().map(value).toList())
                .map(Spread::describe)
                .orElse("–");
    }

    private static Optional<Double> median(
            List<BenchResult.StackRound> rounds, Function<BenchResult.StackRound, Double> value) {
        return Spread.of(rounds.stream().map(value).toList()).map(Spread::median);
    }

    private static Double capacity(BenchResult.StackRound round, Scenario scenario) {
        BenchResult.ScenarioRound measured = round.scenarios().get(scenario);
        return measured == null ? null : measured.capacity();
    }

    private static Optional<SteadyResult> steady(BenchResult.StackRound round, Scenario scenario) {
        return Optional.ofNullable(round.scenarios().get(scenario)).map(BenchResult.ScenarioRound::steady);
    }

    private static List<BenchResult.StackRound> rounds(BenchResult result, String stack) {
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
