package io.shoplab.lab.command;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import io.shoplab.lab.experiment.ExperimentRunner;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.StackOptions;
import io.shoplab.lab.stack.StackPorts;
import io.shoplab.lab.stack.Stacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The main job: starts both stacks (fault injection on), runs every experiment with the same loads",
                "against both, checks the invariants, writes target/report/index.html and prints the verdict per claim.",
                "About 15 minutes with the default short phases on 2 cores; --duration lengthens every phase."})
public final class DemoCommand implements Callable<Integer> {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    @Mixin
    ExperimentOptions options = new ExperimentOptions();

    @Option(names = "--keep-running", description = "Leave both stacks up at the end (default: stop them).")
    boolean keepRunning;

    @Option(names = "--free-ports", description = "Every part on a port free now instead of the defaults (8080, 8090, 8761, 8081..8085),"
            + " to run beside something that holds them.")
    boolean freePorts;

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        ComponentControl control = lab.control(START_TIMEOUT);
        if (!lab.store().load().components().isEmpty()) {
            System.out.println("stopping what the lab runs, so both stacks start measured and with fault injection on");
            control.stopAll(lab.store().load().components());
        }
        StackOptions withFaults = new StackOptions(true, freePorts ? StackPorts.free() : StackPorts.defaults());
        Map<String, Duration> startUp = new LinkedHashMap<>();
        System.out.println("starting the monolith stack ...");
        startUp.put(Stacks.MONOLITH, control.up(lab.stacks().monolith(withFaults)));
        System.out.println("starting the microservices stack ...");
        startUp.put(Stacks.MICROSERVICES, control.up(lab.stacks().microservices(withFaults)));
        Map<String, Duration> buildTimes = options.buildTime ? BuildTimes.measure(lab.layout()) : Map.of();
        ExperimentRunner.Settings settings = new ExperimentRunner.Settings(options.phases(), options.usersPerSecond, startUp, buildTimes);
        int exit;
        try {
            exit = VerdictTable.print(new ExperimentRunner(lab.experimentLab(), settings).run(ExperimentRunner.ALL));
        }
        finally {
            if (!keepRunning) {
                System.out.println("stopping both stacks (--keep-running leaves them up)");
                control.stopAll(lab.store().load().components());
            }
        }
        return exit;
    }
}
