package io.shoplab.lab.command;

import java.time.Duration;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.experiment.ExperimentLab;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.Stacks;
import io.shoplab.lab.state.StateStore;

/** What every command works with: the repository's layout and the state file in it. */
record LabContext(LabLayout layout, StateStore store) {

    static LabContext fromEnvironment() {
        LabLayout layout = LabLayout.fromEnvironment();
        return new LabContext(layout, new StateStore(layout.stateFile()));
    }

    ComponentControl control(Duration readinessTimeout) {
        return new ComponentControl(store, System.out, readinessTimeout);
    }

    /** What the experiments drive: the same control and state as the commands, allowing slow restarts. */
    ExperimentLab experimentLab() {
        return new ExperimentLab(layout, store, control(Duration.ofMinutes(5)), System.out);
    }

    Stacks stacks() {
        return new Stacks(layout);
    }
}
