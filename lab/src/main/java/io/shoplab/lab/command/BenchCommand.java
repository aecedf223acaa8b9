package io.shoplab.lab.command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.bench.Bench;
import io.shoplab.lab.bench.BenchReport;
import io.shoplab.lab.bench.BenchResult;
import io.shoplab.lab.bench.BenchSettings;
import io.shoplab.lab.bench.Scenario;
import io.shoplab.lab.bench.ServiceLevel;
import io.shoplab.lab.report.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measures each stack's capacity: the product page, the catalog listing and order placement,",
            "each offered alone at rates stepped up (open model) until the service level breaks. Each round",
            "starts the monolith and then the microservices (the other way round in even rounds) afresh on",
            "free ports, one at a time, warms each up until its throughput stops rising and then measures; at half",
            "of each capacity it measures latency, and CPU and memory per process from the operating system.",
            "Writes target/report/bench/ (bench.md, bench.json). About 20 minutes per round with the defaults;",
            "--smoke for a quick check."
        })
public final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--rounds",
            defaultValue = "3",
            description = "Rounds, each stack once per round (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--scenarios",
            defaultValue = "product,listing,order",
            description = "What to measure (default: ${DEFAULT-VALUE}).")
    String scenarios;

    @Option(
            names = "--step",
            defaultValue = "5s",
            converter = DurationConverter.class,
            description =
                    "How long each rate is offered (default: ${DEFAULT-VALUE}); longer where a step would hold fewer"
                            + " than 100 answers, whose p99 would be the slowest answer alone.")
    Duration step;

    @Option(
            names = "--warmup",
            defaultValue = "360s",
            converter = DurationConverter.class,
            description =
                    "The longest load on each fresh stack before it is measured, shared by the scenarios; each one's"
                            + " ends once its throughput stops rising (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(
            names = "--steady",
            defaultValue = "15s",
            converter = DurationConverter.class,
            description = "The run at half capacity, for latency, CPU and memory (default: ${DEFAULT-VALUE}).")
    Duration steady;

    @Option(
            names = "--slo-p99",
            defaultValue = "500ms",
            converter = MillisecondsConverter.class,
            description =
                    "The service level's p99 bound, timed from each request's intended start (default: ${DEFAULT-VALUE}).")
    Duration sloP99;

    @Option(
            names = "--slo-failed-percent",
            defaultValue = "0.1",
            description =
                    "The service level's bound on failed or degraded answers, in percent (default: ${DEFAULT-VALUE}).")
    double sloFailedPercent;

    @Option(
            names = "--max-rate",
            defaultValue = "6000",
            description = "No step offers more, per second (default: ${DEFAULT-VALUE}).")
    double maxRate;

    @Option(
            names = "--smoke",
            description =
                    "Proves the benchmark works end to end, not its numbers: one round, 2-s steps from"
                            + " 10 up to 20 requests/s, 10 s of warm-up per scenario, a p99 bound of 2 s (cold JVMs), a 12-s run at half capacity.")
    boolean smoke;

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Override
    public Integer call() {
        BenchSettings settings = settings();
        LabLayout layout = LabLayout.fromEnvironment();
        Path report = layout.labDirectory().resolveSibling("report").resolve("bench");
        List<BenchResult.StackRound> rounds = new Bench(
                        layout,
                        settings,
                        budget.budgets(),
                        layout.labDirectory().resolveSibling("lab-bench"),
                        System.out)
                .run(soFar -> BenchReport.write(result(settings, soFar), commandLine(), report));
        BenchResult result = result(settings, rounds);
        Path written = BenchReport.write(result, commandLine(), report);
        System.out.println();
        System.out.print(Templates.markdown(BenchReport.summary(result)));
        System.out.println("\nreport: " + written + " (and bench.json beside it)");
        return 0;
    }

    private static BenchResult result(BenchSettings settings, List<BenchResult.StackRound> rounds) {
        return new BenchResult(
                System.getProperty("java.vm.vendor") + " " + Runtime.version(),
                tracingSampling(),
                settings.serviceLevel().describe(),
                rounds);
    }

    private BenchSettings settings() {
        if (rounds < 1 || rounds > 10) {
            throw new LabException("--rounds must be 1 to 10, was " + rounds);
        }
        // 3 s are left out at each end of the run at half capacity; what is between is measured
        if (steady.toSeconds() < 10) {
            throw new LabException("--steady must be at least 10s, was " + steady.toSeconds() + "s");
        }
        List<Scenario> chosen = Scenario.parse(scenarios);
        if (smoke) {
            return new BenchSettings(
                    1,
                    chosen,
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(10).multipliedBy(chosen.size()),
                    Duration.ofSeconds(12),
                    new ServiceLevel(2000, sloFailedPercent / 100),
                    20,
                    0);
        }
        return new BenchSettings(
                rounds,
                chosen,
                step,
                warmup,
                steady,
                new ServiceLevel(sloP99.toMillis(), sloFailedPercent / 100),
                maxRate,
                BenchSettings.MIN_ANSWERS);
    }

    /** The apps read TRACING_SAMPLING_PROBABILITY from the environment the lab gives them, which is its own. */
    private static String tracingSampling() {
        String probability = System.getenv("TRACING_SAMPLING_PROBABILITY");
        return probability == null
                ? "sampling 0 (trace ids in every log line, no span recorded)"
                : "sampling " + probability;
    }

    private String commandLine() {
        return smoke
                ? "./shoplab bench --smoke"
                : "./shoplab bench --rounds " + rounds + " --scenarios " + scenarios + " --step "
                        + step.toSeconds() + "s --warmup " + warmup.toSeconds() + "s --steady " + steady.toSeconds()
                        + "s --slo-p99 "
                        + sloP99.toMillis() + "ms";
    }
}
