package io.shoplab.lab.experiment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.LabException;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.load.GatlingLoad;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.Report;
import io.shoplab.lab.report.ReportWriter;
import io.shoplab.lab.report.RunInfo;
import io.shoplab.lab.report.TracedRequest;
import io.shoplab.lab.stack.Stacks;

/**
 * Runs experiments one after the other on the stacks the lab has up, then writes the report
 * ({@code target/report/index.html}). A broken invariant does not stop
 * the run, but it makes the outcome a failure, loudly.
 */
public final class ExperimentRunner {

    /** The order of {@code all}: cheap and undisturbed first, the kills of whole stacks last. */
    public static final List<String> ALL = List.of(
            "baseline",
            "scale-catalog",
            "kill-reviews",
            "kill-inventory-during-orders",
            "slow-payments",
            "kill-gateway",
            "kill-discovery",
            "kill-database",
            "kill-monolith",
            "cost");

    /** The most runs of one experiment {@code --repeat} allows: ten runs of a demo already take about two hours on 2 cores. */
    public static final int MAX_REPEAT = 10;

    /**
     * The unmeasured mixed load on each stack before the first experiment. Measured with {@code experiment
     * baseline --repeat 3}: after 12 s the first run still paid for the JIT (microservices p95 121 ms and
     * 23 CPU s per 1,000 requests, against 52-54 ms and 16 s in the two runs after it; the monolith 4.3
     * against 2.6-2.8 CPU s), so it is as long as the load those later runs had behind them.
     */
    public static final Duration DEFAULT_WARMUP = Duration.ofSeconds(40);

    /**
     * @param usersPerSecond the experiments' arrival rate
     * @param startUpTimes how long this run's {@code up} took per stack (for the cost table), possibly none
     * @param buildTimes clean build time per stack, possibly none
     * @param repeat how many times each experiment but {@code cost} runs, back to back: 1 to {@link #MAX_REPEAT}
     * @param warmup how long each stack is warmed up before the first experiment; zero for none
     */
    public record Settings(
            Phases phases,
            double usersPerSecond,
            Map<String, Duration> startUpTimes,
            Map<String, Duration> buildTimes,
            int repeat,
            Duration warmup) {

        public Settings {
            if (repeat < 1 || repeat > MAX_REPEAT) {
                throw new IllegalArgumentException("repeat must be 1 to " + MAX_REPEAT + ": " + repeat);
            }
            if (warmup.isNegative()) {
                throw new IllegalArgumentException("warm-up must not be negative: " + warmup);
            }
        }

        private boolean warmsUp(List<String> experiments) {
            return !warmup.isZero() && experiments.stream().anyMatch(name -> !name.equals("cost"));
        }

        /** {@code cost} counts what the stacks are, not what a load does to them: once is enough. */
        int runsOf(String experiment) {
            return experiment.equals("cost") ? 1 : repeat;
        }
    }

    /** @param failures broken invariants and experiments that could not run; the run failed if there are any */
    public record Outcome(Path report, List<ClaimVerdict> verdicts, List<String> failures) {

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private final StackControl lab;
    private final Settings settings;

    public ExperimentRunner(StackControl lab, Settings settings) {
        this.lab = lab;
        this.settings = settings;
    }

    public Outcome run(List<String> names) {
        return run(names, List.of());
    }

    /** The same, with requests traced before the run (the demo's product pages) shown in the report. */
    public Outcome run(List<String> names, List<TracedRequest> traces) {
        names.stream().filter(name -> !ALL.contains(name)).findFirst().ifPresent(unknown -> {
            throw new LabException("unknown experiment '" + unknown + "'; known: " + String.join(", ", ALL) + ", all");
        });
        // target/report beside target/lab for the CLI; beside a test's own lab directory in tests
        Path reportDirectory = lab.layout().labDirectory().resolveSibling("report");
        Duration estimate = names.stream()
                .map(name -> create(name, List.of()).estimate(settings.phases()).multipliedBy(settings.runsOf(name)))
                .reduce(
                        settings.warmsUp(names)
                                ? settings.warmup().plusSeconds(10).multipliedBy(2)
                                : Duration.ZERO,
                        Duration::plus);
        Progress progress = new Progress(lab.out(), estimate);
        GatlingLoad gatling = new GatlingLoad(lab.layout(), lab.out());
        ExperimentContext context = new ExperimentContext(
                lab,
                gatling,
                settings.phases(),
                settings.usersPerSecond(),
                reportDirectory.resolve("runs"),
                progress,
                1);
        List<ExperimentResult> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        if (settings.warmsUp(names)) {
            Warmup.run(context, settings.warmup());
        }
        Cost cost = null;
        for (int i = 0; i < names.size(); i++) {
            Experiment experiment = create(names.get(i), results);
            int runs = settings.runsOf(experiment.name());
            List<ExperimentResult> done = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                String label = runs == 1 ? experiment.name() : experiment.name() + ", run " + run + " of " + runs;
                progress.experiment(i + 1, names.size(), label, experiment.title());
                try {
                    lab.reviveAll();
                    lab.heal(Stacks.MONOLITH);
                    lab.heal(Stacks.MICROSERVICES);
                    ExperimentResult result = experiment.run(context.forRun(run, runs));
                    done.add(result);
                    broken.addAll(broken(label, result));
                } catch (RuntimeException failed) {
                    // One experiment going wrong must not cost the others: it is reported, and the run fails at the
                    // end.
                    progress.step("FAILED: " + failed.getMessage());
                    failures.add(label + " could not run: " + failed.getMessage());
                }
            }
            if (!done.isEmpty()) {
                results.add(ExperimentResult.ofRuns(done));
            }
            if (experiment instanceof Cost measured) {
                cost = measured;
            }
        }
        Report report = new Report(
                RunInfo.now(lab.describePlatform(), runSettings()),
                Verdicts.overall(results),
                results,
                cost == null ? List.of() : cost.rows(),
                traces);
        Path index = ReportWriter.write(report, reportDirectory);
        failures.addAll(broken);
        return new Outcome(index, report.verdictTable(), failures);
    }

    private Experiment create(String name, List<ExperimentResult> earlier) {
        return switch (name) {
            case "baseline" -> new Baseline();
            case "scale-catalog" -> new ScaleCatalog();
            case "kill-reviews" -> new KillReviews();
            case "kill-inventory-during-orders" -> OrderCoordination.killInventory();
            case "slow-payments" -> OrderCoordination.slowPayments();
            case "kill-gateway" -> KillOne.gateway();
            case "kill-discovery" -> KillOne.discovery();
            case "kill-database" -> KillOne.database();
            case "kill-monolith" -> KillOne.monolith();
            case "cost" ->
                new Cost(
                        settings.startUpTimes(),
                        named(earlier, "baseline"),
                        named(earlier, "scale-catalog"),
                        settings.buildTimes());
            default -> throw new LabException("unknown experiment '" + name + "'");
        };
    }

    private Map<String, String> runSettings() {
        Map<String, String> run = new LinkedHashMap<>();
        Phases phases = settings.phases();
        run.put(
                "phases",
                String.format(
                        Locale.ROOT,
                        "%d s steady, %d s disrupted, %d s after the heal (kills of whole apps: at least 30 s after)",
                        phases.before().toSeconds(),
                        phases.during().toSeconds(),
                        phases.after().toSeconds()));
        run.put(
                "load",
                settings.usersPerSecond()
                        + " users/s arriving (open model, Gatling); buyers ½×; scale-catalog: listing pages"
                        + " at rising rates until the service level breaks");
        run.put(
                "warm-up",
                settings.warmup().isZero()
                        ? "none"
                        : settings.warmup().toSeconds() + " s of the mixed load on each stack, not measured");
        run.put("recovered", "at most 1 % of requests failing for 3 s in a row");
        run.put(
                "same machine",
                "the load generator and both stacks share its cores: absolute numbers are indicative, ratios less so");
        run.put(
                "timers",
                "Eureka, load balancer and Resilience4j settings: see each app's application.yml (gateway, microservices/*, monolith-api)");
        if (settings.repeat() > 1) {
            run.put(
                    "repeat",
                    "each experiment but cost run " + settings.repeat() + " times back to back, each run after the same"
                            + " preparation; charts and per-stack tables from the first run, the spread from all");
        }
        return run;
    }

    /** The invariants one run broke, each named with the run ("baseline, run 2 of 3 / monolith: …"). */
    private static List<String> broken(String label, ExperimentResult result) {
        return result.stacks().stream()
                .flatMap(stack -> stack.invariants().stream()
                        .filter(check -> !check.passed())
                        .map(check -> label + " / " + stack.stack() + ": " + check.detail()))
                .toList();
    }

    static Optional<ExperimentResult> named(List<ExperimentResult> results, String name) {
        return results.stream().filter(result -> result.name().equals(name)).findFirst();
    }
}
