package io.shoplab.lab.command;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.shoplab.lab.Platform;
import io.shoplab.lab.containers.ContainerStack;
import io.shoplab.lab.faults.FaultClient;
import io.shoplab.lab.faults.FaultTargets;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.PostgresComponent;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.StackPart;
import io.shoplab.lab.stack.Stacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "heal",
        mixinStandardHelpOptions = true,
        description = {
            "Resumes paused parts and removes injected faults: all of them (paused parts first), or one",
            "component's: a paused part of that name is resumed, a module's fault removed as `fault` picks the apps."
        })
public final class HealCommand implements Callable<Integer> {

    @Parameters(paramLabel = "COMPONENT", arity = "0..1", description = "Only this component's fault (default: all).")
    Optional<String> component = Optional.empty();

    @Option(names = "--stack", description = "monolith or microservices (default: every running stack).")
    Optional<String> stack = Optional.empty();

    /** Resumes the paused part named (or every paused part of the stack, or of the lab); returns the names resumed. */
    private List<String> resume(LabContext lab, Optional<String> name) {
        if (lab.platform() == Platform.COMPOSE) {
            ContainerStack containers = lab.containers();
            List<String> paused = containers.paused(stack.orElse(null)).stream()
                    .filter(part -> name.isEmpty() || part.equals(name.get()) || isPostgresAlias(name.get(), part))
                    .toList();
            paused.forEach(containers::resume);
            return paused;
        }
        ComponentControl control = lab.control(Duration.ZERO);
        List<RunningComponent> paused = lab.store().load().components().stream()
                .filter(RunningComponent::isAlive)
                .filter(ComponentControl::isPaused)
                .filter(running -> name.isEmpty()
                        ? stack.isEmpty() || belongsTo(running, stack.get())
                        : lab.store()
                                .load()
                                .find(name.get())
                                .map(found -> found.name().equals(running.name()))
                                .orElse(false))
                .toList();
        paused.forEach(control::resume);
        return paused.stream().map(RunningComponent::name).toList();
    }

    private static boolean isPostgresAlias(String name, String part) {
        return name.equals("database") && part.equals(PostgresComponent.NAME);
    }

    private static boolean belongsTo(RunningComponent running, String stack) {
        return running.component().app() == null
                || running.component().app().stack().equals(stack);
    }

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        // First: a frozen app would not answer its fault endpoint, and a frozen PostgreSQL stops every app.
        List<String> resumed = resume(lab, component);
        lab.journal()
                .record("heal " + component.orElse("all")
                        + stack.map(name -> " (" + name + ")").orElse(""));
        resumed.forEach(name -> System.out.printf("%s resumed%n", name));
        // A part that is no fault component is done once resumed; "database" is both (the part postgres's alias).
        if (component.isPresent() && !resumed.isEmpty() && !Stacks.MONOLITH_FAULTS.contains(component.get())) {
            return 0;
        }
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
