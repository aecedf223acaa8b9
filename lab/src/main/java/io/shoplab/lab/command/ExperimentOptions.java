package io.shoplab.lab.command;

import java.time.Duration;
import java.util.Map;

import io.shoplab.lab.experiment.ExperimentRunner;
import io.shoplab.lab.experiment.Phases;
import picocli.CommandLine.Option;

/** The knobs every experiment run shares ({@code experiment} and {@code demo}). */
final class ExperimentOptions {

    @Option(
            names = "--duration",
            converter = DurationConverter.class,
            description =
                    "Length of each phase (steady, disrupted, after the heal); default 5s/9s/9s, e.g. 60s for serious runs.")
    Duration phase;

    @Option(
            names = "--rate",
            defaultValue = "10",
            description = "Users arriving per second in the mixed load (open model; default: ${DEFAULT-VALUE}).")
    double usersPerSecond;

    @Option(
            names = "--with-build-time",
            description = "Also time a clean build of each stack for the cost table (adds minutes).")
    boolean buildTime;

    @Option(
            names = "--repeat",
            paramLabel = "N",
            defaultValue = "1",
            converter = RepeatConverter.class,
            description = "Run each experiment N times back to back (1 to " + ExperimentRunner.MAX_REPEAT
                    + "; cost once) and report"
                    + " min / median / max of each stack's numbers and how often each verdict came out; the time grows about N-fold"
                    + " (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(
            names = "--warmup",
            converter = DurationConverter.class,
            description =
                    "Unmeasured mixed load on each stack before the first experiment, so that warm JVMs are compared;"
                            + " default 40s, 0 for none (stacks already warm).")
    Duration warmup;

    Phases phases() {
        return phase == null ? Phases.SHORT : Phases.each(phase);
    }

    ExperimentRunner.Settings settings(Map<String, Duration> startUpTimes, Map<String, Duration> buildTimes) {
        return new ExperimentRunner.Settings(
                phases(),
                usersPerSecond,
                startUpTimes,
                buildTimes,
                repeat,
                warmup == null ? ExperimentRunner.DEFAULT_WARMUP : warmup);
    }
}
