package io.shoplab.lab.command;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.shoplab.lab.Platform;
import io.shoplab.lab.containers.ContainerStack;
import io.shoplab.lab.experiment.ExperimentRunner;
import io.shoplab.lab.process.Ports;
import io.shoplab.lab.report.TracedRequest;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.StackOptions;
import io.shoplab.lab.stack.StackPorts;
import io.shoplab.lab.stack.Stacks;
import io.shoplab.lab.stack.Tracing;
import io.shoplab.lab.stack.ZipkinComponent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "The main job: starts both stacks (fault injection on), runs every experiment with the same loads",
            "against both, checks the invariants, writes target/report/index.html and prints the verdict per claim.",
            "About 30 minutes on 2 cores, 17 of them scale-catalog's capacity searches; --duration lengthens every phase,",
            "--repeat N runs each experiment N times and reports the spread. One product page is traced on each stack",
            "(Zipkin started for it and stopped before the experiments) and the report shows both traces side by side.",
            "--platform compose runs both stacks as containers instead (the report says which platform it measured)."
        })
public final class DemoCommand implements Callable<Integer> {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration IMAGE_BUILDS = Duration.ofMinutes(10);
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(3);

    @Mixin
    ExperimentOptions options = new ExperimentOptions();

    @Option(names = "--keep-running", description = "Leave both stacks up at the end (default: stop them).")
    boolean keepRunning;

    @Option(
            names = "--platform",
            description = "local (processes, the default) or compose (containers, without the monitoring).")
    Optional<String> platform = Optional.empty();

    @Option(
            names = "--free-ports",
            description = "Every part on a port free now instead of the defaults (8080, 8090, 8761, 8081..8085),"
                    + " to run beside something that holds them.")
    boolean freePorts;

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        Platform chosen = platform.map(Platform::of).orElse(lab.platform());
        ComponentControl control = lab.control(START_TIMEOUT);
        if (lab.platform() == Platform.COMPOSE) {
            System.out.println(
                    "removing the lab's containers, so both stacks start measured and with fault injection on");
            lab.containers().down(DOWN_TIMEOUT);
        }
        if (!lab.store().load().components().isEmpty()) {
            System.out.println("stopping what the lab runs, so both stacks start measured and with fault injection on");
            control.stopAll(lab.store().load().components());
        }
        if (chosen == Platform.COMPOSE) {
            return onContainers(lab);
        }
        // The apps export to a Zipkin that runs only while the demo traces its two product pages; they sample nothing
        // themselves.
        StackOptions withFaults = new StackOptions(
                true,
                freePorts ? StackPorts.free() : StackPorts.defaults(),
                Tracing.onRequest(freePorts ? Ports.findFree() : ZipkinComponent.DEFAULT_PORT));
        // Stopped at the end, and also when a start fails: a demo that could not run leaves nothing behind.
        try {
            Map<String, Duration> startUp = new LinkedHashMap<>();
            System.out.println("starting the monolith stack ...");
            startUp.put(Stacks.MONOLITH, control.up(lab.stacks().monolith(withFaults)));
            System.out.println("starting the microservices stack ...");
            startUp.put(Stacks.MICROSERVICES, control.up(lab.stacks().microservices(withFaults)));
            List<TracedRequest> traces = DemoTraces.capture(lab, control, withFaults);
            Map<String, Duration> buildTimes = options.buildTime ? BuildTimes.measure(lab.layout()) : Map.of();
            ExperimentRunner.Settings settings = options.settings(startUp, buildTimes);
            return VerdictTable.print(
                    new ExperimentRunner(lab.experimentLab(), settings).run(ExperimentRunner.ALL, traces));
        } finally {
            if (!keepRunning) {
                System.out.println("stopping both stacks (--keep-running leaves them up)");
                control.stopAll(lab.store().load().components());
            }
        }
    }

    /** The same on containers: images built first (not counted in the start-up times), no monitoring beside the measured stacks. */
    private int onContainers(LabContext lab) {
        Map<String, Duration> startUp = new LinkedHashMap<>();
        for (String stack : List.of(Stacks.MONOLITH, Stacks.MICROSERVICES)) {
            System.out.println("starting the " + stack + " stack in containers ...");
            ContainerStack containers = ContainerStack.prepare(
                    lab.layout(), System.getenv(), stack, true, freePorts && startUp.isEmpty(), false, System.out);
            startUp.put(stack, containers.up(stack, START_TIMEOUT.plus(IMAGE_BUILDS)));
        }
        Map<String, Duration> buildTimes = options.buildTime ? BuildTimes.measure(lab.layout()) : Map.of();
        ExperimentRunner.Settings settings = options.settings(startUp, buildTimes);
        try {
            return VerdictTable.print(new ExperimentRunner(lab.experimentLab(), settings).run(ExperimentRunner.ALL));
        } finally {
            if (!keepRunning) {
                System.out.println("removing both stacks' containers (--keep-running leaves them up)");
                lab.containers().down(DOWN_TIMEOUT);
            }
        }
    }
}
