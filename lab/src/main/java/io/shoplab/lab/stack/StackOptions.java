package io.shoplab.lab.stack;

/**
 * Choices the user makes when bringing a stack up.
 *
 * @param faults activate the {@code faults} profile, which exposes fault injection on each app's own port
 * @param ports where each part listens on 127.0.0.1
 * @param tracing whether spans go to a Zipkin, and which
 */
public record StackOptions(boolean faults, StackPorts ports, Tracing tracing) {

    public StackOptions(boolean faults, StackPorts ports) {
        this(faults, ports, Tracing.off());
    }

    public static StackOptions defaults() {
        return new StackOptions(false, StackPorts.defaults());
    }
}
