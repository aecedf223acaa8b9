package io.shoplab.lab.control;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.Platform;
import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.faults.Fault;
import io.shoplab.lab.stack.StackPart;
import io.shoplab.lab.stack.StackParts;

/**
 * What an experiment does to the running stacks: find, kill and restart parts, inject and heal faults,
 * scale. {@link LocalStackControl} does it to the local processes through the same control and state file as
 * the CLI commands; {@link io.shoplab.lab.containers.ComposeStackControl} to a Compose project's containers.
 */
public interface StackControl {

    LabLayout layout();

    PrintStream out();

    Platform platform();

    /** The platform for the report, with versions where known. */
    default String describePlatform() {
        return platform().description();
    }

    /** Where the stack's public API answers: the monolith, or the gateway, on whatever port they run. */
    String baseUrl(String stack);

    /**
     * The host PID of every live part of the stack that this machine can see, by part name, PostgreSQL
     * included (the stacks share it). A container whose processes are not visible here (Docker Desktop's
     * virtual machine) is left out: compare with {@link #liveParts}.
     */
    Map<String, Long> pids(String stack);

    /** The names of the stack's live parts, PostgreSQL included, whether or not their PIDs are visible. */
    List<String> liveParts(String stack);

    /** @throws io.shoplab.lab.LabException when it does not run */
    StackPart running(String name);

    void kill(String name);

    /** Starts a part that was killed, on the same data, and waits until it is ready. */
    void restart(String name);

    /**
     * Starts again whatever the lab had started and is no longer alive (an experiment that failed half-way
     * may leave a part killed), dependencies first, so the next experiment finds whole stacks.
     */
    void reviveAll();

    /** Freezes a part (SIGSTOP to its processes; a container's whole cgroup) until {@link #resume} or {@link #heal}. */
    void pause(String name);

    /** Thaws a part {@link #pause} froze; nothing happens to one that is not frozen. */
    void resume(String name);

    void fault(String stack, String component, Fault fault);

    /** Resumes every frozen part of the stack (PostgreSQL included), then clears every injected fault of its apps. */
    void heal(String stack);

    /** Runs {@code count} instances of the service (or the monolith); returns the base URLs of the instances. */
    List<String> scale(String service, int count);

    StackParts state();

    /** The part's budget as it runs now; {@link Budget#NONE} where it runs without one (containers: see {@link #applyBudgets}). */
    default Budget budget(String name) {
        return Budget.NONE;
    }

    /** How often its quota held the part back so far, and its memory, as its control group counts; empty without one. */
    default Optional<ControlGroup.GroupUsage> budgetUsage(String name) {
        return Optional.empty();
    }

    /**
     * Puts the live parts on these budgets as they run (what {@link #scale} adds later starts on the same); a part whose
     * budget is {@link Budget#NONE} runs without again.
     *
     * @return why budgets could not be set here (no control group access, containers); empty when they were
     */
    Optional<String> applyBudgets(Budgets budgets);

    /** Size of the container images the stack runs, MiB; empty on a platform without images. */
    default OptionalDouble imagesMib(String stack) {
        return OptionalDouble.empty();
    }
}
