package io.shoplab.lab.command;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.shoplab.lab.faults.FaultClient;
import io.shoplab.lab.faults.FaultTargets;
import io.shoplab.lab.stack.StackPart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "heal", mixinStandardHelpOptions = true,
        description = {"Removes injected faults: all of them in every running app with a fault endpoint,",
                "or one component's (then as `fault` picks the apps)."})
public final class HealCommand implements Callable<Integer> {

    @Parameters(paramLabel = "COMPONENT", arity = "0..1", description = "Only this component's fault (default: all).")
    Optional<String> component = Optional.empty();

    @Option(names = "--stack", description = "monolith or microservices (default: every running stack).")
    Optional<String> stack = Optional.empty();

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        if (component.isPresent()) {
            for (StackPart.App app : FaultTargets.forComponent(lab.liveApps(), stack, component.get())) {
                new FaultClient(app.managementUrl()).clear(component.get());
                System.out.printf("%s: %s healed%n", app.name(), component.get());
            }
            return 0;
        }
        List<? extends StackPart.App> apps = FaultTargets.faultEndpoints(lab.liveApps(), stack);
        if (apps.isEmpty()) {
            System.out.println("no running app with a fault endpoint (stacks started with --faults have one)");
        }
        for (StackPart.App app : apps) {
            new FaultClient(app.managementUrl()).clearAll();
            System.out.printf("%s: all faults removed%n", app.name());
        }
        return 0;
    }
}
