package io.shoplab.lab.experiment;

import io.shoplab.lab.control.StackControl;

/**
 * What a trial does to its stack at the fault and heal moments: kill and restart a component, inject
 * and clear a fault, or nothing (a baseline).
 */
public record Disruption(String faultLabel, Runnable fault, String healLabel, Runnable heal) {

    public static final Disruption NONE = new Disruption(null, () -> {}, null, () -> {});

    public boolean isNone() {
        return faultLabel == null;
    }

    public static Disruption killAndRestart(StackControl lab, String component) {
        return new Disruption(
                "kill " + component, () -> lab.kill(component), "restart " + component, () -> lab.restart(component));
    }
}
