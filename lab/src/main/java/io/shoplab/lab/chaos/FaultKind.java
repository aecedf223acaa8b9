package io.shoplab.lab.chaos;

/** What a scheduled fault does to its target. */
public enum FaultKind {
    /** SIGKILL of a component, then a restart on the same data. */
    KILL,
    /** SIGSTOP of a component (a frozen process: connections open, no answer), then SIGCONT. */
    PAUSE,
    /** Added latency on a component, through its app's {@code /actuator/faults}. */
    LATENCY,
    /** A share of a component's calls failing, through its app's {@code /actuator/faults}. */
    ERRORS;

    /** Whether it takes a whole component away (a kill or a pause), not one module's calls. */
    public boolean stopsComponent() {
        return this == KILL || this == PAUSE;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
