package io.shoplab.lab.stack;

import io.shoplab.lab.budget.Budgets;

/**
 * Choices the user makes when bringing a stack up.
 *
 * @param faults activate the {@code faults} profile, which exposes fault injection on each app's own port
 * @param ports where each part listens on 127.0.0.1
 * @param tracing whether spans go to a Zipkin, and which
 * @param budgets the CPU and memory each component may use; {@link Budgets#NONE} for no limits
 */
public record StackOptions(boolean faults, StackPorts ports, Tracing tracing, Budgets budgets) {

    public StackOptions(boolean faults, StackPorts ports) {
        this(faults, ports, Tracing.off());
    }

    public StackOptions(boolean faults, StackPorts ports, Tracing tracing) {
        this(faults, ports, tracing, Budgets.NONE);
    }

    public static StackOptions defaults() {
        return new StackOptions(false, StackPorts.defaults());
    }
}
