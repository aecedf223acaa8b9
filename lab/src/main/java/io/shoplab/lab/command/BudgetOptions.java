package io.shoplab.lab.command;

import java.util.LinkedHashMap;
import java.util.Map;

import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.Budgets;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code --node-cpus} and {@code --node-memory} on the commands that start or drive stacks: every component on a
 * budget of its own, as if each ran on a node of that size. Without them nothing is limited.
 */
final class BudgetOptions {

    @Option(
            names = "--node-cpus",
            paramLabel = "CORES",
            description =
                    "Each component's CPU quota in cores (0.5: half a core), through a control group of its own (Linux, as root;"
                            + " on containers: Compose's cpus). Default: none.")
    double cpus;

    @Option(
            names = "--node-memory",
            paramLabel = "SIZE",
            converter = MemorySize.class,
            description =
                    "Each component's memory limit (768m, 1g), the same way (on containers: mem_limit). Default: none"
                            + " (containers: docker-compose.yml's own limits).")
    long memoryBytes;

    Budgets budgets() {
        return Budgets.everyNode(new Budget(cpus, memoryBytes));
    }

    boolean given() {
        return cpus != 0 || memoryBytes != 0;
    }

    /** The variables docker-compose.yml reads for the same budget; none for what was not asked. */
    Map<String, String> composeVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        if (cpus != 0) {
            variables.put("SHOPLAB_NODE_CPUS", Double.toString(cpus));
        }
        if (memoryBytes != 0) {
            variables.put("SHOPLAB_NODE_MEMORY", Long.toString(memoryBytes));
        }
        return variables;
    }

    static final class MemorySize implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return Budget.parseMemory(value);
        }
    }
}
