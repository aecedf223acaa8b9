package io.shoplab.lab.chaos;

import java.util.Locale;

import io.shoplab.lab.faults.Fault;

/**
 * One fault of a run's schedule, in milliseconds since the run's start.
 *
 * @param number 1, 2, … in the order the faults start
 * @param kind what it does
 * @param component for a kill or pause the lab's component ({@code inventory-service}, {@code postgres}); for an
 *                  injection the fault endpoint's component ({@code inventory}, {@code database})
 * @param app the app whose endpoint takes an injected fault ({@code monolith}, {@code inventory-service});
 *            for a kill or pause the component itself
 * @param latencyMs added latency of an injection, 0 otherwise
 * @param errorRate failing share of an injection, 0 otherwise
 * @param startMillis when it is applied
 * @param endMillis when it is lifted: the injection cleared, the paused component resumed, or the killed component's restart ordered
 */
public record PlannedFault(
        int number,
        FaultKind kind,
        String component,
        String app,
        long latencyMs,
        double errorRate,
        long startMillis,
        long endMillis) {

    public PlannedFault {
        if (endMillis <= startMillis) {
            throw new IllegalArgumentException("fault " + number + " ends before it starts");
        }
    }

    static PlannedFault kill(String component, long startMillis, long endMillis) {
        return new PlannedFault(0, FaultKind.KILL, component, component, 0, 0, startMillis, endMillis);
    }

    static PlannedFault pause(String component, long startMillis, long endMillis) {
        return new PlannedFault(0, FaultKind.PAUSE, component, component, 0, 0, startMillis, endMillis);
    }

    static PlannedFault latency(ChaosTargets.Injectable target, long latencyMs, long startMillis, long endMillis) {
        return new PlannedFault(
                0, FaultKind.LATENCY, target.component(), target.app(), latencyMs, 0, startMillis, endMillis);
    }

    static PlannedFault errors(ChaosTargets.Injectable target, double errorRate, long startMillis, long endMillis) {
        return new PlannedFault(
                0, FaultKind.ERRORS, target.component(), target.app(), 0, errorRate, startMillis, endMillis);
    }

    PlannedFault numbered(int newNumber) {
        return new PlannedFault(newNumber, kind, component, app, latencyMs, errorRate, startMillis, endMillis);
    }

    /** What the endpoint takes: {@code PUT /actuator/faults/{component}}. */
    Fault fault() {
        return new Fault(latencyMs, errorRate);
    }

    /** "kill inventory-service", "inventory-service/database +800 ms", "monolith/payments 50 % errors". */
    public String label() {
        return switch (kind) {
            case KILL -> "kill " + component;
            case PAUSE -> "pause " + component;
            case LATENCY -> app + "/" + component + " +" + latencyMs + " ms";
            case ERRORS -> app + "/" + component + " " + Math.round(errorRate * 100) + " % errors";
        };
    }

    /** The label with its planned times, e.g. "kill postgres 3.2–6.0 s". */
    public String describe() {
        return String.format(Locale.ROOT, "%s %.1f–%.1f s", label(), startMillis / 1000.0, endMillis / 1000.0);
    }
}
