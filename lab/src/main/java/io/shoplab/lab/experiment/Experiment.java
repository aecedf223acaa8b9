package io.shoplab.lab.experiment;

import java.time.Duration;

import io.shoplab.lab.report.ExperimentResult;

/** One experiment of DESIGN.md: runs on the stacks the lab has up, and says what it found. */
interface Experiment {

    /** Short identifier, as typed in {@code ./shoplab experiment NAME}. */
    String name();

    String title();

    /** Roughly how long it takes with these phases, for the progress line. */
    Duration estimate(Phases phases);

    ExperimentResult run(ExperimentContext context);
}
