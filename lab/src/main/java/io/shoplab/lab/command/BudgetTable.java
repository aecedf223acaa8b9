package io.shoplab.lab.command;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.stack.LabState;
import io.shoplab.lab.stack.RunningComponent;

/** {@code status}'s budgets: each component's, how often its quota held it back, its memory against its limit, from its control group. */
final class BudgetTable {

    private static final String ROW = "%-20s %-24s %10s %10s %10s %10s  %s%n";
    private static final long MIB = 1024 * 1024;

    private BudgetTable() {}

    static void print(LabState state, PrintStream out) {
        state.whyBudgetsAreAbsent()
                .ifPresent(reason -> out.println("budgets: asked for but not applied (" + reason + ")"));
        List<RunningComponent> budgeted = state.components().stream()
                .filter(running -> running.controlGroup() != null)
                .toList();
        if (budgeted.isEmpty()) {
            if (state.whyBudgetsAreAbsent().isEmpty()) {
                out.println("budgets: none (up --node-cpus 0.5 --node-memory 768m sets them)");
            }
            return;
        }
        out.printf(ROW, "BUDGETED", "CPU, MEMORY", "THROTTLED", "FOR", "MEM MiB", "LIMIT MiB", "JIT");
        for (RunningComponent running : budgeted) {
            out.printf(ROW, row(running).toArray());
        }
        out.println("THROTTLED: periods (" + ControlGroup.PERIOD_MICROS / 1000
                + " ms) in which the quota ran out; FOR: how long it"
                + " waited in all; MEM: what its processes hold, page cache included, as the limit counts it; JIT: whether its"
                + " JVM's JIT compilers work beside the quota (in a group without one, cgroup v1) or inside it");
    }

    private static List<String> row(RunningComponent running) {
        String budget = running.component().budget().describe();
        try {
            ControlGroup.GroupUsage usage = running.controlGroup().usage();
            return List.of(
                    running.name(),
                    budget,
                    Long.toString(usage.throttledPeriods()),
                    String.format(Locale.ROOT, "%.1f s", usage.throttled().toMillis() / 1000.0),
                    Long.toString(usage.memoryUsedBytes() / MIB),
                    usage.memoryLimitBytes() == 0 ? "-" : Long.toString(usage.memoryLimitBytes() / MIB),
                    usage.compilersBeside() ? "beside" : "inside");
        } catch (IOException | RuntimeException gone) {
            return List.of(running.name(), budget, "-", "-", "-", "(no group)", "-");
        }
    }
}
