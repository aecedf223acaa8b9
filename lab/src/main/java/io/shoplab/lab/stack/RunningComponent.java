package io.shoplab.lab.stack;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.process.ProcessRef;

/**
 * A component the lab started, as recorded in the state file.
 *
 * @param component how it was started, so that {@code start} can do it again
 * @param process the process the lab launched
 * @param spawned processes it spawned that must die with it (the postmaster)
 * @param startedAt when the lab launched it
 * @param controlGroup the group that holds its processes to its budget; {@code null} when it has none, or none could be made
 */
public record RunningComponent(
        Component component, ProcessRef process, List<ProcessRef> spawned, Instant startedAt, ControlGroup controlGroup)
        implements StackPart {

    public RunningComponent {
        spawned = List.copyOf(spawned);
    }

    /** Without a budget. */
    public RunningComponent(Component component, ProcessRef process, List<ProcessRef> spawned, Instant startedAt) {
        this(component, process, spawned, startedAt, null);
    }

    @Override
    public String name() {
        return component.name();
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The launched process first, then what it spawned: every PID the lab may signal for it. */
    public List<ProcessRef> processes() {
        return Stream.concat(Stream.of(process), spawned.stream()).toList();
    }

    /**
     * The process whose CPU and memory are the component's work: PostgreSQL's postmaster, with its backends below it,
     * not the lab's wrapper that spawned it; else the launched process.
     */
    public long workPid() {
        return spawned.isEmpty() ? process.pid() : spawned.get(0).pid();
    }

    public RunningComponent withSpawned(List<ProcessRef> processes) {
        return new RunningComponent(component, process, processes, startedAt, controlGroup);
    }

    /** On another budget, enforced by that group. */
    public RunningComponent withBudget(Component budgeted, ControlGroup group) {
        return new RunningComponent(budgeted, process, spawned, startedAt, group);
    }
}
