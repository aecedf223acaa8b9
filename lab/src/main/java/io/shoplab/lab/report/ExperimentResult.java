package io.shoplab.lab.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One experiment: what was done, to which stacks, with what outcome.
 *
 * @param name short identifier, used in file names ("resilience-kill-reviews"); letters, digits and dashes
 * @param title heading in the report
 * @param whatWasDone the procedure in a sentence or two
 * @param loadModel how the load was driven
 * @param stacks one result per stack, in the order shown
 * @param markers faults and heals, in seconds of the run (the stacks' runs are aligned on their starts)
 * @param verdicts the claims this experiment tests and what it found about each
 * @param repeats every run of an experiment run more than once, in order, each with its own numbers and verdicts;
 *        empty when it ran once (and then absent from {@code data.json}, as before repeats existed)
 * @param capacities the configurations whose capacity was searched ({@code scale-catalog}); empty for the others
 */
public record ExperimentResult(
        String name,
        String title,
        String whatWasDone,
        LoadModel loadModel,
        List<StackResult> stacks,
        List<Marker> markers,
        List<ClaimVerdict> verdicts,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExperimentResult> repeats,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CapacityPoint> capacities) {

    public ExperimentResult {
        if (!name.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("experiment name must be letters, digits and dashes: " + name);
        }
        stacks = List.copyOf(stacks);
        markers = List.copyOf(markers);
        verdicts = List.copyOf(verdicts);
        repeats = List.copyOf(repeats);
        capacities = List.copyOf(capacities);
    }

    /** A single run. */
    public ExperimentResult(
            String name,
            String title,
            String whatWasDone,
            LoadModel loadModel,
            List<StackResult> stacks,
            List<Marker> markers,
            List<ClaimVerdict> verdicts) {
        this(name, title, whatWasDone, loadModel, stacks, markers, verdicts, List.of(), List.of());
    }

    /**
     * The runs of one experiment as one result: the first run's stacks and markers (what the charts and
     * tables show), each claim's verdict over all runs ({@link RepeatedVerdicts}), and every run.
     * One run is returned as it is.
     *
     * @param runs at least one, in the order run
     */
    public static ExperimentResult ofRuns(List<ExperimentResult> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("an experiment result needs at least one run");
        }
        ExperimentResult first = runs.get(0);
        if (runs.size() == 1) {
            return first;
        }
        return new ExperimentResult(
                first.name,
                first.title,
                first.whatWasDone,
                first.loadModel,
                first.stacks,
                first.markers,
                RepeatedVerdicts.of(runs),
                runs,
                first.capacities);
    }

    /** Each run's own result, in order: {@link #repeats}, or just this one when it ran once. */
    public List<ExperimentResult> runs() {
        return repeats.isEmpty() ? List.of(this) : repeats;
    }

    public boolean repeated() {
        return !repeats.isEmpty();
    }

    public List<Claim> claims() {
        return verdicts.stream().map(ClaimVerdict::claim).distinct().toList();
    }
}
