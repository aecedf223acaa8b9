package io.shoplab.lab.command;

import java.util.LinkedHashMap;
import java.util.Map;

import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.stack.Stacks;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code --node-cpus} and {@code --node-memory} on the commands that start or drive stacks: every component on a
 * budget of its own, as if each ran on a node of that size; {@code --gateway-cpus} gives the microservices' front a
 * node of its own size. Without them nothing is limited.
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

    @Option(
            names = "--gateway-cpus",
            paramLabel = "CORES",
            description =
                    "The gateway's CPU quota, where it should differ from --node-cpus: a listing page costs the"
                            + " gateway more CPU than catalog-service, so on equal nodes it is the first limit. Default: --node-cpus.")
    double gatewayCpus;

    Budgets budgets() {
        Budget node = new Budget(cpus, memoryBytes);
        return gatewayCpus == 0
                ? Budgets.everyNode(node)
                : new Budgets(node, Map.of(Stacks.GATEWAY, new Budget(gatewayCpus, memoryBytes)));
    }

    boolean given() {
        return cpus != 0 || memoryBytes != 0 || gatewayCpus != 0;
    }

    /** The variables docker-compose.yml reads for the same budget; none for what was not asked. */
    Map<String, String> composeVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        if (cpus != 0) {
            variables.put("SHOPLAB_NODE_CPUS", Double.toString(cpus));
        }
        // docker-compose.yml cannot default one variable to another (docker-compose 1.29 reads no nested ${A:-${B}}):
        // the gateway's is always passed with the node's
        if (cpus != 0 || gatewayCpus != 0) {
            variables.put("SHOPLAB_GATEWAY_CPUS", Double.toString(gatewayCpus != 0 ? gatewayCpus : cpus));
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
