package io.shoplab.lab.command;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.shoplab.lab.Platform;
import io.shoplab.lab.experiment.ExperimentRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "experiment",
        mixinStandardHelpOptions = true,
        description = {
            "Runs one experiment (or all) on the stacks that are up (./shoplab up all --faults), writes",
            "target/report/index.html and prints the verdicts. Experiments: baseline, scale-catalog, kill-reviews,",
            "kill-inventory-during-orders, slow-payments, kill-gateway, kill-discovery, kill-database, kill-monolith, cost.",
            "--node-cpus/--node-memory put the running components on those budgets first."
        })
public final class ExperimentCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "Experiment names, or all.")
    List<String> names;

    @Mixin
    ExperimentOptions options = new ExperimentOptions();

    @Mixin
    WatchOption watch = new WatchOption();

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        List<String> chosen = names.contains("all") ? ExperimentRunner.ALL : names;
        if (budget.given()) {
            putOnBudgets(lab);
        }
        Map<String, Duration> buildTimes = options.buildTime ? BuildTimes.measure(lab.layout()) : Map.of();
        try (LiveWatch live = watch.onLab(lab)) {
            ExperimentRunner.Outcome outcome =
                    new ExperimentRunner(lab.experimentLab(), options.settings(Map.of(), buildTimes)).run(chosen);
            return VerdictTable.print(outcome);
        }
    }

    /** The running processes go into their budgets now; on containers the budget is Compose's, given at up. */
    private void putOnBudgets(LabContext lab) {
        if (lab.platform() == Platform.COMPOSE) {
            System.out.println(
                    "note: --node-cpus/--node-memory apply to containers at `up --platform compose`; these run as they were started");
            return;
        }
        lab.control(Duration.ZERO).applyBudgets(budget.budgets());
    }
}
