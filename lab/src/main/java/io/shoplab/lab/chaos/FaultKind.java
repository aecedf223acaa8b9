package io.shoplab.lab.chaos;

/** What a scheduled fault does to its target. */
public enum FaultKind {
    /** SIGKILL of a component, then a restart on the same data. */
    KILL,
    /** Added latency on a component, through its app's {@code /actuator/faults}. */
    LATENCY,
    /** A share of a component's calls failing, through its app's {@code /actuator/faults}. */
    ERRORS;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
