package io.shoplab.lab.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole lab run's report.
 *
 * @param run when, where and with which settings
 * @param verdicts the verdict per claim over all experiments, as the lead words it; may be empty
 * @param experiments in the order run
 * @param cost the cost table (processes, memory, start-up time, build time, lines of code …)
 * @param traces one product page traced on each stack, side by side in the report; may be empty
 */
public record Report(
        RunInfo run,
        List<ClaimVerdict> verdicts,
        List<ExperimentResult> experiments,
        List<CostRow> cost,
        List<TracedRequest> traces) {

    public Report {
        verdicts = List.copyOf(verdicts);
        experiments = List.copyOf(experiments);
        cost = List.copyOf(cost);
        traces = List.copyOf(traces);
    }

    /**
     * The table at the top: every claim of the article in its order, with the overall verdicts given
     * for it, else the verdicts of the experiments that tested it, else NOT_TESTED.
     */
    public List<ClaimVerdict> verdictTable() {
        List<ClaimVerdict> table = new ArrayList<>();
        for (Claim claim : Claim.values()) {
            List<ClaimVerdict> overall = verdicts.stream()
                    .filter(verdict -> verdict.claim() == claim)
                    .toList();
            List<ClaimVerdict> fromExperiments = experiments.stream()
                    .flatMap(experiment -> experiment.verdicts().stream())
                    .filter(verdict -> verdict.claim() == claim)
                    .toList();
            if (!overall.isEmpty()) {
                table.addAll(overall);
            } else if (!fromExperiments.isEmpty()) {
                table.addAll(fromExperiments);
            } else {
                table.add(ClaimVerdict.notTested(claim));
            }
        }
        return table;
    }
}
