package io.shoplab.lab.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.load.GatlingLoad;
import io.shoplab.lab.load.LoadSpec;

/**
 * What an experiment runs with.
 *
 * @param usersPerSecond the arrival rate of the experiments' load (open model)
 * @param directory where this experiment's load runs write their files
 * @param run which run of the experiment this is, from 1 (experiments that measure the stacks in turn alternate their order)
 */
record ExperimentContext(
        StackControl lab,
        GatlingLoad gatling,
        Phases phases,
        double usersPerSecond,
        Path directory,
        Progress progress,
        int run) {

    /** A degraded product page is an answer (that is the point of degrading), not a failure. */
    private static final Map<String, String> EXPERIMENT_SETTINGS = Map.of("failOnDegraded", "false");

    Trial trial(Phases otherPhases) {
        return new Trial(lab, gatling, otherPhases, progress);
    }

    /**
     * The standard load of the experiments: the mixed simulation at the experiments' rate. Every experiment drives both
     * stacks with the very same settings.
     */
    LoadSpec mixed(String stack) {
        return new LoadSpec("MixedSimulation", List.of(lab.baseUrl(stack)), usersPerSecond, EXPERIMENT_SETTINGS, true);
    }

    /** Buyers only, at half the rate: each places several orders. */
    LoadSpec orders(String stack) {
        return new LoadSpec(
                "OrderSimulation",
                List.of(lab.baseUrl(stack)),
                Math.max(1, usersPerSecond / 2),
                EXPERIMENT_SETTINGS,
                true);
    }

    /**
     * The context of run {@code run} of {@code runs}: when an experiment runs several times, each run's loads
     * write under {@code run-N/}, because a load empties its directory first and would delete an earlier run's files.
     */
    ExperimentContext forRun(int run, int runs) {
        return runs == 1
                ? this
                : new ExperimentContext(
                        lab, gatling, phases, usersPerSecond, directory.resolve("run-" + run), progress, run);
    }

    Path directoryFor(String experiment, String stack) {
        return directory.resolve(experiment).resolve(stack);
    }
}
