package io.shoplab.lab.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.load.GatlingLoad;
import io.shoplab.lab.stack.LabStack;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.Stacks;

/**
 * Runs the benchmark: round by round, each stack started afresh on its own PostgreSQL (only one stack
 * runs at a time, so neither measures the other's idle cost), warmed up on each scenario until its throughput
 * stops rising, then each scenario's capacity searched and half of it measured. The stacks take turns going first.
 */
public final class Bench {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final LabLayout layout;
    private final BenchSettings settings;
    private final Budgets budgets;
    private final Path workDirectory;
    private final PrintStream out;
    private final CapacityProbe probe;
    private final SteadyRun steady;

    /** @param budgets each component's CPU and memory; the load generator runs outside every budget */
    public Bench(LabLayout layout, BenchSettings settings, Budgets budgets, Path workDirectory, PrintStream out) {
        this.layout = layout;
        this.settings = settings;
        this.budgets = budgets;
        this.workDirectory = workDirectory;
        this.out = out;
        this.probe = new CapacityProbe(new GatlingLoad(layout, out), settings, out);
        this.steady = new SteadyRun(probe.search);
    }

    /**
     * @param measured told after each stack's round, with every round so far, so that a benchmark stopped
     *                 half-way still leaves what it measured
     */
    public List<BenchResult.StackRound> run(Consumer<List<BenchResult.StackRound>> measured) {
        List<BenchResult.StackRound> rounds = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            List<String> order = round % 2 == 1
                    ? List.of(Stacks.MONOLITH, Stacks.MICROSERVICES)
                    : List.of(Stacks.MICROSERVICES, Stacks.MONOLITH);
            for (String stack : order) {
                rounds.add(measure(round, stack));
                measured.accept(List.copyOf(rounds));
            }
        }
        return rounds;
    }

    private BenchResult.StackRound measure(int round, String stack) {
        out.printf("%n== round %d of %d: %s ==%n", round, settings.rounds(), stack);
        Path directory = workDirectory.resolve("round-" + round).resolve(stack);
        try (LabStack shop = LabStack.start(new LabStack.Settings(
                layout.root(),
                stack,
                directory.resolve("lab"),
                false,
                START_TIMEOUT,
                new PrintStream(OutputStream.nullOutputStream()),
                budgets))) {
            double startUp = shop.startUpTime().toMillis() / 1000.0;
            out.printf("%s up and routing in %.1f s%n", stack, startUp);
            // The stack's own progress, where it said so first, goes nowhere here.
            shop.whyBudgetsAreAbsent().map(Budgets::notApplied).ifPresent(out::println);
            String baseUrl = shop.baseUrl().toString();
            Map<Scenario, WarmUp.Result> warm = warmUp(baseUrl, directory.resolve("warmup"));
            requireAlive(shop);
            Map<String, Long> processes = shop.running().stream()
                    .collect(Collectors.toMap(
                            RunningComponent::name,
                            RunningComponent::workPid,
                            (first, second) -> first,
                            LinkedHashMap::new));
            Map<Scenario, BenchResult.ScenarioRound> scenarios = new EnumMap<>(Scenario.class);
            for (Scenario scenario : settings.scenarios()) {
                scenarios.put(
                        scenario,
                        measure(
                                scenario,
                                warm.get(scenario).throughput(),
                                baseUrl,
                                processes,
                                directory.resolve(scenario.key())));
                requireAlive(shop);
            }
            double warmUpSeconds = warm.values().stream()
                    .mapToLong(result -> result.took().toSeconds())
                    .sum();
            return new BenchResult.StackRound(round, stack, startUp, warmUpSeconds, scenarios);
        }
    }

    /** Each scenario in turn, for its share of the warm-up time at most. */
    private Map<Scenario, WarmUp.Result> warmUp(String baseUrl, Path directory) {
        Duration limit = settings.warmup().dividedBy(settings.scenarios().size());
        Map<Scenario, WarmUp.Result> warm = new EnumMap<>(Scenario.class);
        for (Scenario scenario : settings.scenarios()) {
            warm.put(
                    scenario,
                    probe.warmUpFor(
                            List.of(baseUrl),
                            scenario,
                            limit,
                            WarmUp.THROUGHPUT_ALONE,
                            directory.resolve(scenario.key())));
        }
        return warm;
    }

    private BenchResult.ScenarioRound measure(
            Scenario scenario, double warmThroughput, String baseUrl, Map<String, Long> processes, Path directory) {
        List<ServiceLevel.Step> steps =
                probe.search(List.of(baseUrl), scenario, warmThroughput, directory, (step, generator) -> {});
        double capacity = CapacityProbe.capacity(steps);
        if (capacity == 0) {
            out.printf(
                    "  %s: no capacity at the service level (%s)%n",
                    scenario.title(), steps.get(0).broken());
            return new BenchResult.ScenarioRound(0, steps, null);
        }
        SteadyResult half = steady.run(
                baseUrl,
                scenario,
                BenchSettings.STEADY_SHARE * capacity,
                settings.steady(),
                processes,
                directory.resolve("steady"));
        out.printf(
                "  %s: capacity %s/s; at %s/s p50 %d ms, p99 %d ms, CPU %.2f ms per request%n",
                scenario.title(),
                CapacityProbe.format(capacity),
                CapacityProbe.format(half.rate()),
                half.p50Millis(),
                half.p99Millis(),
                half.totalCpuMillisPerRequest());
        return new BenchResult.ScenarioRound(capacity, steps, half);
    }

    /** A process that died under load (out of memory, say) would make every later figure about a corpse. */
    private static void requireAlive(LabStack shop) {
        shop.running().stream()
                .filter(running -> !running.isAlive())
                .findFirst()
                .ifPresent(dead -> {
                    throw new LabException(dead.name() + " died during the benchmark; see "
                            + shop.layout().logFile(dead.name()));
                });
    }
}
