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
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.InvariantCheck;
import io.shoplab.lab.report.Report;
import io.shoplab.lab.report.ReportWriter;
import io.shoplab.lab.report.RunInfo;
import io.shoplab.lab.stack.Stacks;

/**
 * Runs experiments one after the other on the stacks the lab has up, then writes the report
 * ({@code target/report/index.html}). A broken invariant does not stop
 * the run, but it makes the outcome a failure, loudly.
 */
public final class ExperimentRunner {

    /** The order of {@code all}: cheap and undisturbed first, the kills of whole stacks last. */
    public static final List<String> ALL = List.of("baseline", "scale-catalog", "kill-reviews", "kill-inventory-during-orders",
            "slow-payments", "kill-gateway", "kill-discovery", "kill-database", "kill-monolith", "cost");

    /**
     * @param usersPerSecond the experiments' arrival rate
     * @param startUpTimes how long this run's {@code up} took per stack (for the cost table), possibly none
     * @param buildTimes clean build time per stack, possibly none
     */
    public record Settings(Phases phases, double usersPerSecond, Map<String, Duration> startUpTimes, Map<String, Duration> buildTimes) {
    }

    /** @param failures broken invariants and experiments that could not run; the run failed if there are any */
    public record Outcome(Path report, List<ClaimVerdict> verdicts, List<String> failures) {

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private final ExperimentLab lab;
    private final Settings settings;

    public ExperimentRunner(ExperimentLab lab, Settings settings) {
        this.lab = lab;
        this.settings = settings;
    }

    public Outcome run(List<String> names) {
        names.stream().filter(name -> !ALL.contains(name)).findFirst().ifPresent(unknown -> {
            throw new LabException("unknown experiment '" + unknown + "'; known: " + String.join(", ", ALL) + ", all");
        });
        // target/report beside target/lab for the CLI; beside a test's own lab directory in tests
        Path reportDirectory = lab.layout().labDirectory().resolveSibling("report");
        Duration estimate = names.stream().map(name -> create(name, List.of()).estimate(settings.phases()))
                .reduce(Warmup.LENGTH.plusSeconds(10).multipliedBy(2), Duration::plus);
        Progress progress = new Progress(lab.out(), estimate);
        GatlingLoad gatling = new GatlingLoad(lab.layout(), lab.out());
        ExperimentContext context = new ExperimentContext(lab, gatling, settings.phases(), settings.usersPerSecond(),
                reportDirectory.resolve("runs"), progress);
        List<ExperimentResult> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        if (names.stream().anyMatch(name -> !name.equals("cost"))) {
            Warmup.run(context);
        }
        Cost cost = null;
        for (int i = 0; i < names.size(); i++) {
            Experiment experiment = create(names.get(i), results);
            progress.experiment(i + 1, names.size(), experiment.name(), experiment.title());
            try {
                lab.reviveAll();
                lab.heal(Stacks.MONOLITH);
                lab.heal(Stacks.MICROSERVICES);
                results.add(experiment.run(context));
            }
            catch (RuntimeException failed) {
                // One experiment going wrong must not cost the others: it is reported, and the run fails at the end.
                progress.step("FAILED: " + failed.getMessage());
                failures.add(experiment.name() + " could not run: " + failed.getMessage());
            }
            if (experiment instanceof Cost measured) {
                cost = measured;
            }
        }
        Report report = new Report(RunInfo.now(lab.describePlatform(), runSettings()), Verdicts.overall(results), results, cost == null ? List.of() : cost.rows());
        Path index = ReportWriter.write(report, reportDirectory);
        failures.addAll(broken(results));
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
            case "cost" -> new Cost(settings.startUpTimes(), earlier.stream().filter(result -> result.name().equals("baseline")).findFirst(),
                    settings.buildTimes());
            default -> throw new LabException("unknown experiment '" + name + "'");
        };
    }

    private Map<String, String> runSettings() {
        Map<String, String> run = new LinkedHashMap<>();
        Phases phases = settings.phases();
        run.put("phases", String.format(Locale.ROOT, "%d s steady, %d s disrupted, %d s after the heal (kills of whole apps: at least 30 s after)",
                phases.before().toSeconds(), phases.during().toSeconds(), phases.after().toSeconds()));
        run.put("load", settings.usersPerSecond() + " users/s arriving (open model, Gatling); browsing 3× that in scale-catalog; buyers ½×");
        run.put("recovered", "at most 1 % of requests failing for 3 s in a row");
        run.put("same machine", "the load generator and both stacks share its cores: absolute numbers are indicative, ratios less so");
        run.put("timers", "Eureka, load balancer and Resilience4j settings: see each app's application.yml (gateway, microservices/*, monolith-api)");
        return run;
    }

    private static List<String> broken(List<ExperimentResult> results) {
        List<String> broken = new ArrayList<>();
        for (ExperimentResult result : results) {
            result.stacks().forEach(stack -> stack.invariants().stream().filter(check -> !check.passed())
                    .map(InvariantCheck::detail)
                    .forEach(detail -> broken.add(result.name() + " / " + stack.stack() + ": " + detail)));
        }
        return broken;
    }

    static Optional<ExperimentResult> named(List<ExperimentResult> results, String name) {
        return results.stream().filter(result -> result.name().equals(name)).findFirst();
    }
}
