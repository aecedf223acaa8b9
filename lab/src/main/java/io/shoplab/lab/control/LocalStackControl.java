package io.shoplab.lab.control;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.Platform;
import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.faults.Fault;
import io.shoplab.lab.faults.FaultClient;
import io.shoplab.lab.faults.FaultTargets;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.LabState;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.Scaling;
import io.shoplab.lab.stack.SpringBootApp;
import io.shoplab.lab.stack.Stacks;
import io.shoplab.lab.stack.StateStore;

/**
 * The experiments' lab on local processes: finds, kills and restarts components, injects and heals
 * faults, scales, through the same control and state file as the CLI commands.
 */
public final class LocalStackControl implements StackControl {

    static final String POSTGRES = "postgres";

    private final LabLayout layout;
    private final StateStore store;
    private final ComponentControl control;
    private final PrintStream out;

    public LocalStackControl(LabLayout layout, StateStore store, ComponentControl control, PrintStream out) {
        this.layout = layout;
        this.store = store;
        this.control = control;
        this.out = out;
    }

    @Override
    public LabLayout layout() {
        return layout;
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public String baseUrl(String stack) {
        String entrance = Stacks.MONOLITH.equals(stack) ? Stacks.MONOLITH : Stacks.GATEWAY;
        return running(entrance).component().app().baseUrl();
    }

    @Override
    public Platform platform() {
        return Platform.LOCAL;
    }

    @Override
    public Map<String, Long> pids(String stack) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (RunningComponent running : store.load().components()) {
            if (running.isAlive() && belongsTo(running, stack)) {
                pids.put(running.name(), running.workPid());
            }
        }
        return pids;
    }

    @Override
    public List<String> liveParts(String stack) {
        return List.copyOf(pids(stack).keySet());
    }

    @Override
    public RunningComponent running(String name) {
        return store.load()
                .find(name)
                .filter(RunningComponent::isAlive)
                .orElseThrow(() ->
                        new LabException(name + " is not running; start the stacks first (./shoplab up all --faults)"));
    }

    @Override
    public void kill(String name) {
        control.kill(running(name));
    }

    @Override
    public void restart(String name) {
        RunningComponent recorded =
                store.load().find(name).orElseThrow(() -> new LabException(name + " was never started by the lab"));
        control.start(recorded.component());
    }

    @Override
    public void reviveAll() {
        List<RunningComponent> dead = store.load().components().stream()
                .filter(running -> !running.isAlive())
                .toList();
        ComponentControl.inRounds(
                        dead,
                        (candidate, other) -> candidate.component().dependsOn().contains(other.name()))
                .stream()
                .flatMap(List::stream)
                .forEach(running -> {
                    out.printf("  reviving %s for the next experiment%n", running.name());
                    control.start(running.component());
                });
    }

    @Override
    public void pause(String name) {
        control.pause(running(name));
    }

    @Override
    public void resume(String name) {
        control.resume(running(name));
    }

    @Override
    public void fault(String stack, String component, Fault fault) {
        for (SpringBootApp app : FaultTargets.forComponent(store.load().liveApps(), Optional.of(stack), component)) {
            new FaultClient(app.managementUrl()).set(component, fault);
        }
    }

    @Override
    public void heal(String stack) {
        // First: a frozen app would not answer its fault endpoint, and one frozen PostgreSQL stops every app.
        store.load().components().stream()
                .filter(running -> running.isAlive() && belongsTo(running, stack))
                .filter(ComponentControl::isPaused)
                .forEach(control::resume);
        for (SpringBootApp app : FaultTargets.faultEndpoints(store.load().liveApps(), Optional.of(stack))) {
            new FaultClient(app.managementUrl()).clearAll();
        }
    }

    @Override
    public List<String> scale(String service, int count) {
        List<RunningComponent> instances =
                new Scaling(layout, store, control, out).scale(service, count, Duration.ofMinutes(4));
        return instances.stream()
                .map(running -> running.component().app().baseUrl())
                .toList();
    }

    @Override
    public LabState state() {
        return store.load();
    }

    @Override
    public Budget budget(String name) {
        return running(name).component().budget();
    }

    @Override
    public Optional<ControlGroup.GroupUsage> budgetUsage(String name) {
        ControlGroup group = running(name).controlGroup();
        try {
            return group == null ? Optional.empty() : Optional.of(group.usage());
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> applyBudgets(Budgets budgets) {
        control.applyBudgets(budgets);
        return store.load().whyBudgetsAreAbsent();
    }

    private static boolean belongsTo(RunningComponent running, String stack) {
        SpringBootApp app = running.component().app();
        return app == null ? POSTGRES.equals(running.name()) : stack.equals(app.stack());
    }
}
