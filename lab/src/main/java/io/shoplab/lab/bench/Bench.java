package io.shoplab.lab.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.experiment.GatlingLoad;
import io.shoplab.lab.stack.LabStack;
import io.shoplab.lab.stack.Stacks;
import io.shoplab.lab.state.RunningComponent;

/**
 * Runs the benchmark: round by round, each stack started afresh on its own PostgreSQL (only one stack
 * runs at a time, so neither measures the other's idle cost), warmed up, then each scenario's capacity
 * searched and half of it measured. The stacks take turns going first.
 */
public final class Bench {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final LabLayout layout;
    private final BenchSettings settings;
    private final Path workDirectory;
    private final PrintStream out;
    private final CapacitySearch search;
    private final SteadyRun steady;
    /** The coarse capacity of each stack and scenario from its first warm-up: where later searches start. */
    private final Map<String, Double> coarseCapacity = new LinkedHashMap<>();

    public Bench(LabLayout layout, BenchSettings settings, Path workDirectory, PrintStream out) {
        this.layout = layout;
        this.settings = settings;
        this.workDirectory = workDirectory;
        this.out = out;
        this.search = new CapacitySearch(new GatlingLoad(layout, out), settings.serviceLevel(), settings.requestTimeout());
        this.steady = new SteadyRun(search);
    }

    /**
     * @param measured told after each stack's round, with every round so far, so that a benchmark stopped
     *                 half-way still leaves what it measured
     */
    public List<BenchResult.StackRound> run(Consumer<List<BenchResult.StackRound>> measured) {
        List<BenchResult.StackRound> rounds = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            List<String> order = round % 2 == 1 ? List.of(Stacks.MONOLITH, Stacks.MICROSERVICES)
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
        try (LabStack shop = LabStack.start(new LabStack.Settings(layout.root(), stack, directory.resolve("lab"), false,
                START_TIMEOUT, new PrintStream(OutputStream.nullOutputStream())))) {
            double startUp = shop.startUpTime().toMillis() / 1000.0;
            out.printf("%s up and routing in %.1f s%n", stack, startUp);
            String baseUrl = shop.baseUrl().toString();
            warmUp(stack, baseUrl, directory.resolve("warmup"));
            requireAlive(shop);
            Map<Scenario, BenchResult.ScenarioRound> scenarios = new EnumMap<>(Scenario.class);
            for (Scenario scenario : settings.scenarios()) {
                scenarios.put(scenario, measure(stack, scenario, baseUrl, processes(shop), directory.resolve(scenario.key())));
                requireAlive(shop);
            }
            return new BenchResult.StackRound(round, stack, startUp, scenarios);
        }
    }

    /** Coarse searches of every scenario, again and again until the warm-up time is spent: the JIT compiles what the load runs. */
    private void warmUp(String stack, String baseUrl, Path directory) {
        Instant end = Instant.now().plus(settings.warmup());
        int pass = 0;
        do {
            pass++;
            for (Scenario scenario : settings.scenarios()) {
                String key = stack + "/" + scenario.key();
                double from = coarseCapacity.containsKey(key) ? Math.max(1, coarseCapacity.get(key) / 2) : settings.startRate();
                List<ServiceLevel.Step> steps = search.run(baseUrl, scenario, settings.rates(from, BenchSettings.COARSE_FACTOR),
                        settings.step(), directory.resolve(pass + "-" + scenario.key()), step -> { });
                double capacity = capacity(steps);
                // A fresh JVM's first answers are slow: a pass broken at its first step says nothing of capacity.
                if (capacity > 0) {
                    coarseCapacity.put(key, capacity);
                }
                out.printf("  warm-up pass %d, %s: %s%n", pass, scenario.title(),
                        capacity > 0 ? "about " + format(capacity) + "/s" : steps.get(steps.size() - 1).broken());
            }
        } while (Instant.now().isBefore(end));
    }

    private BenchResult.ScenarioRound measure(String stack, Scenario scenario, String baseUrl, Map<String, Long> processes,
            Path directory) {
        double from = BenchSettings.FINE_START_SHARE
                * coarseCapacity.getOrDefault(stack + "/" + scenario.key(), settings.startRate() / BenchSettings.COARSE_FACTOR);
        List<ServiceLevel.Step> steps = fineSearch(scenario, baseUrl, from, directory.resolve("search"));
        if (steps.size() == 1 && !steps.get(0).served()) {
            // The coarse search, rising gently, got further than a search that starts there: start lower.
            steps = fineSearch(scenario, baseUrl, from / 2, directory.resolve("search-lower"));
        }
        double capacity = capacity(steps);
        if (capacity == 0) {
            out.printf("  %s: no capacity at the service level (%s)%n", scenario.title(), steps.get(0).broken());
            return new BenchResult.ScenarioRound(0, steps, null);
        }
        SteadyResult half = steady.run(baseUrl, scenario, BenchSettings.STEADY_SHARE * capacity, settings.steady(), processes,
                directory.resolve("steady"));
        out.printf("  %s: capacity %s/s; at %s/s p50 %d ms, p99 %d ms, CPU %.2f ms per request%n", scenario.title(),
                format(capacity), format(half.rate()), half.p50Millis(), half.p99Millis(), half.totalCpuMillisPerRequest());
        return new BenchResult.ScenarioRound(capacity, steps, half);
    }

    /** A process that died under load (out of memory, say) would make every later figure about a corpse. */
    private static void requireAlive(LabStack shop) {
        shop.running().stream().filter(running -> !running.isAlive()).findFirst().ifPresent(dead -> {
            throw new LabException(dead.name() + " died during the benchmark; see " + shop.layout().logFile(dead.name()));
        });
    }

    private List<ServiceLevel.Step> fineSearch(Scenario scenario, String baseUrl, double from, Path directory) {
        return search.run(baseUrl, scenario, settings.rates(from, BenchSettings.FINE_FACTOR), settings.step(), directory,
                step -> out.printf("  %s at %s/s: %s%n", scenario.title(), format(step.rate()),
                        step.served() ? "served (p99 " + step.p99Millis() + " ms)" : step.broken()));
    }

    /** The highest rate served before the first step that was not. */
    static double capacity(List<ServiceLevel.Step> steps) {
        double capacity = 0;
        for (ServiceLevel.Step step : steps) {
            if (!step.served()) {
                break;
            }
            capacity = step.rate();
        }
        return capacity;
    }

    /** Each component's process; PostgreSQL's postmaster, whose backends do its work. */
    private static Map<String, Long> processes(LabStack shop) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (RunningComponent running : shop.running()) {
            pids.put(running.name(), running.spawned().isEmpty() ? running.process().pid() : running.spawned().get(0).pid());
        }
        return pids;
    }

    private static String format(double rate) {
        return String.format(Locale.ROOT, rate >= 100 ? "%.0f" : "%.1f", rate);
    }
}
