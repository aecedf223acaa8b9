package io.shoplab.lab.report;

import java.util.List;

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
 */
public record ExperimentResult(String name, String title, String whatWasDone, LoadModel loadModel,
                               List<StackResult> stacks, List<Marker> markers, List<ClaimVerdict> verdicts) {

    public ExperimentResult {
        if (!name.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("experiment name must be letters, digits and dashes: " + name);
        }
        stacks = List.copyOf(stacks);
        markers = List.copyOf(markers);
        verdicts = List.copyOf(verdicts);
    }

    public List<Claim> claims() {
        return verdicts.stream().map(ClaimVerdict::claim).distinct().toList();
    }
}
