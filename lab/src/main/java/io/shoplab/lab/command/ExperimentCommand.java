package io.shoplab.lab.command;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.shoplab.lab.experiment.ExperimentRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {"Runs one experiment (or all) on the stacks that are up (./shoplab up all --faults), writes",
                "target/report/index.html and prints the verdicts. Experiments: baseline, scale-catalog, kill-reviews,",
                "kill-inventory-during-orders, slow-payments, kill-gateway, kill-discovery, kill-database, kill-monolith, cost."})
public final class ExperimentCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "Experiment names, or all.")
    List<String> names;

    @Mixin
    ExperimentOptions options = new ExperimentOptions();

    @Mixin
    WatchOption watch = new WatchOption();

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        List<String> chosen = names.contains("all") ? ExperimentRunner.ALL : names;
        Map<String, Duration> buildTimes = options.buildTime ? BuildTimes.measure(lab.layout()) : Map.of();
        try (LiveWatch live = watch.onLab(lab)) {
            ExperimentRunner.Outcome outcome = new ExperimentRunner(lab.experimentLab(), options.settings(Map.of(), buildTimes)).run(chosen);
            return VerdictTable.print(outcome);
        }
    }
}
