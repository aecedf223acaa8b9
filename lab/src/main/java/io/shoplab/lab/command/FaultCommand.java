package io.shoplab.lab.command;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.shoplab.lab.LabException;
import io.shoplab.lab.Platform;
import io.shoplab.lab.faults.Fault;
import io.shoplab.lab.faults.FaultClient;
import io.shoplab.lab.faults.FaultTargets;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.StackPart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "fault",
        mixinStandardHelpOptions = true,
        description = {
            "Slows and/or breaks one component of a running stack (started with --faults), until `heal`.",
            "monolith: a module of the monolith (every instance). microservices: that module's service (every",
            "instance); database: every service's data source.",
            "--pause freezes a whole part instead (SIGSTOP; on containers docker pause): a frozen database or",
            "service keeps its connections and answers nothing, until `heal` (SIGCONT).",
            "Examples: ./shoplab fault reviews --latency 800ms --error-rate 0.3 --stack microservices",
            "          ./shoplab fault postgres --pause"
        })
public final class FaultCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "COMPONENT",
            description = "catalog, reviews, inventory, orders, payments or database;"
                    + " with --pause a part shown by `status` (postgres, monolith, gateway, inventory-service, ...).")
    String component;

    @Option(
            names = "--pause",
            description = "Freeze the part COMPONENT (SIGSTOP) until `heal`, instead of slowing or breaking calls.")
    boolean pause;

    @Option(
            names = "--latency",
            defaultValue = "0ms",
            converter = MillisecondsConverter.class,
            description = "Added to every call: 800ms, 2s (default: none).")
    Duration latency;

    @Option(
            names = "--error-rate",
            defaultValue = "0",
            description = "Share of calls that fail, 0 to 1 (default: none).")
    double errorRate;

    @Option(names = "--stack", description = "monolith or microservices; needed only when both run.")
    Optional<String> stack = Optional.empty();

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        if (pause) {
            if (!latency.isZero() || errorRate != 0) {
                throw new LabException("--pause freezes the whole part: give it without --latency and --error-rate");
            }
            pause(lab);
            return 0;
        }
        if (latency.isZero() && errorRate == 0) {
            throw new LabException("give --latency and/or --error-rate (to remove faults: ./shoplab heal)");
        }
        Fault fault = faultOrExplain();
        for (StackPart.App app : FaultTargets.forComponent(lab.liveApps(), stack, component)) {
            new FaultClient(app.managementUrl()).set(component, fault);
            System.out.printf("%s: %s now has %s%n", app.name(), component, fault.describe());
        }
        lab.journal()
                .record("fault " + component + " " + fault.describe()
                        + stack.map(name -> " (" + name + ")").orElse(""));
        return 0;
    }

    private void pause(LabContext lab) {
        if (lab.platform() == Platform.COMPOSE) {
            lab.containers().pause(component);
        } else {
            RunningComponent running = lab.store()
                    .load()
                    .find(component)
                    .filter(RunningComponent::isAlive)
                    .orElseThrow(() -> new LabException("'" + component + "' is not running; see ./shoplab status"));
            lab.control(Duration.ZERO).pause(running);
        }
        lab.journal().record("fault " + component + " paused");
        System.out.printf("%s paused; ./shoplab heal %s resumes it%n", component, component);
    }

    private Fault faultOrExplain() {
        try {
            return new Fault(latency.toMillis(), errorRate);
        } catch (IllegalArgumentException e) {
            throw new LabException(e.getMessage());
        }
    }
}
