package io.shoplab.lab.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.budget.LabGroups;
import io.shoplab.lab.process.OsProcesses;
import io.shoplab.lab.process.ProcessRef;

/**
 * Holds each component the lab starts to its budget: its control group made before it starts, its process moved in
 * right after, the group removed once it stopped. Where budgets cannot be set, says so once and notes it in the
 * state; the components then run without.
 */
final class ComponentBudgets {

    private final StateStore store;
    private final PrintStream out;
    private final LabGroups groups;
    /** Whether this command said already that budgets cannot be set here: once is enough. */
    private boolean toldUnavailable;

    ComponentBudgets(StateStore store, PrintStream out, LabGroups groups) {
        this.store = store;
        this.out = out;
        this.groups = groups;
    }

    /**
     * The component's control group, made (or refreshed) with its budget; {@code null} without a budget or where none
     * can be made. A component restarted after a kill goes back into the group it had, its budget lifted or not: a
     * group left out of the state would outlive {@code down}.
     */
    ControlGroup groupFor(Component component) {
        boolean hadGroup = store.load()
                .find(component.name())
                .map(RunningComponent::controlGroup)
                .isPresent();
        return component.budget().isNone() && !hadGroup ? null : create(component.name(), component.budget());
    }

    /** {@code null} where budgets cannot be set, which is said once. */
    private ControlGroup create(String name, Budget budget) {
        try {
            return groups.create(name, budget);
        } catch (IOException e) {
            unavailable(e.getMessage());
            return null;
        }
    }

    /** Moves the process into the group; returns the group it is in, {@code null} when it has none. */
    ControlGroup enrol(ControlGroup group, ProcessRef process) {
        if (group == null) {
            return null;
        }
        try {
            group.enrol(process.pid());
            return group;
        } catch (IOException e) {
            unavailable("cannot move pid " + process.pid() + " into " + group.cpu() + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * Every process of the component and their descendants into its group: PostgreSQL's postmaster and its backends
     * are born inside when the wrapper was moved before it started them; this makes sure. A JVM's JIT compilers then
     * go beside the quota where the control groups allow it ({@link ControlGroup#moveBeside}).
     */
    static void enrolDescendants(RunningComponent running) {
        if (running.controlGroup() == null) {
            return;
        }
        List<Long> pids = running.processes().stream()
                .flatMap(process -> process.handle().stream())
                .flatMap(handle -> Stream.concat(Stream.of(handle), handle.descendants()))
                .map(ProcessHandle::pid)
                .toList();
        for (long pid : pids) {
            try {
                running.controlGroup().enrol(pid);
                running.controlGroup().moveBeside(OsProcesses.system().jitCompilerThreads(pid));
            } catch (IOException ended) {
                // A backend that closed since it was listed, or a compiler thread that ended.
            }
        }
    }

    /** Every live component whose budget changes, on its new one, as it runs; said in a line per budget. */
    void apply(Budgets budgets) {
        Map<String, List<String>> placed = new LinkedHashMap<>();
        for (RunningComponent running : store.load().components()) {
            Component budgeted = running.component().budgetedBy(budgets);
            if (!running.isAlive()
                    || budgeted.budget().equals(running.component().budget())) {
                continue;
            }
            ControlGroup group = budgeted.budget().isNone() ? lift(running) : groupFor(budgeted);
            if (group != null) {
                RunningComponent moved = running.withBudget(budgeted, group);
                enrolDescendants(moved);
                store.update(state -> state.with(moved));
                placed.computeIfAbsent(
                                budgeted.budget().isNone()
                                        ? "no budget"
                                        : "a budget of " + budgeted.budget().describe(),
                                budget -> new ArrayList<>())
                        .add(running.name());
            }
        }
        placed.forEach((budget, names) -> out.printf("on %s now: %s%n", budget, String.join(", ", names)));
    }

    /** The component's group, its quota and limit lifted; {@code null} when it has none. */
    private ControlGroup lift(RunningComponent running) {
        return running.controlGroup() == null ? null : create(running.name(), Budget.NONE);
    }

    /** Its group, once its processes have ended; one the kernel still holds is reported and left. */
    void remove(RunningComponent running) {
        if (running.controlGroup() == null) {
            return;
        }
        try {
            running.controlGroup().remove();
        } catch (IOException e) {
            out.printf(
                    "  note: %s's control group %s stays: %s%n",
                    running.name(), running.controlGroup().cpu(), e.getMessage());
        }
    }

    /** Said once per command, and noted in the state, where a verdict that needs budgets reads it. */
    private void unavailable(String reason) {
        if (!toldUnavailable) {
            toldUnavailable = true;
            out.println(Budgets.notApplied(reason));
        }
        store.update(state -> state.withBudgetsUnavailable(reason));
    }
}
