package io.shoplab.lab.experiment;

import java.nio.file.Path;

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

    Trial trial(Phases otherPhases) {
        return new Trial(lab, gatling, otherPhases, progress);
    }

    /** The standard load of the experiments: the mixed simulation at the experiments' rate. */
    LoadSpec mixed(String stack) {
        return LoadSpecs.mixed(lab.baseUrl(stack), usersPerSecond);
    }

    LoadSpec orders(String stack) {
        return LoadSpecs.orders(lab.baseUrl(stack), usersPerSecond);
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
