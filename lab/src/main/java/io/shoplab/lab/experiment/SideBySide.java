package io.shoplab.lab.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.load.LoadSpec;
import io.shoplab.lab.measure.Window;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.LoadModel;
import io.shoplab.lab.report.Marker;
import io.shoplab.lab.report.StackResult;

/**
 * Runs one plan per stack, one after the other (never both at once: they share two cores), on the
 * same phases, so their timelines line up second by second in the report.
 */
final class SideBySide {

    /** What one stack gets: its load and what is done to it. */
    record Plan(String stack, LoadSpec load, Disruption disruption) {}

    record Runs(Map<String, Trial.Outcome> outcomes, Phases phases) {

        List<StackResult> results() {
            return outcomes.values().stream().map(Trial.Outcome::result).toList();
        }

        /** The markers of the first disrupted run: every run follows the same schedule. */
        List<Marker> markers() {
            return outcomes.values().stream()
                    .map(Trial.Outcome::markers)
                    .filter(list -> !list.isEmpty())
                    .findFirst()
                    .orElse(List.of());
        }

        Trial.Outcome of(String stack) {
            return outcomes.get(stack);
        }

        Window disrupted() {
            return new Window(phases.faultSecond(), phases.healSecond());
        }

        /** What {@code experiment} found, of an open load on these runs. */
        ExperimentResult result(Experiment experiment, String whatWasDone, ClaimVerdict verdict) {
            return new ExperimentResult(
                    experiment.name(),
                    experiment.title(),
                    whatWasDone,
                    LoadModel.OPEN,
                    results(),
                    markers(),
                    List.of(verdict));
        }
    }

    private SideBySide() {}

    static Runs run(ExperimentContext context, String experiment, List<Plan> plans) {
        return run(context, context.phases(), experiment, plans);
    }

    static Runs run(ExperimentContext context, Phases phases, String experiment, List<Plan> plans) {
        Map<String, Trial.Outcome> outcomes = new LinkedHashMap<>();
        for (Plan plan : plans) {
            context.progress().step(plan.stack() + ": load starts");
            outcomes.put(
                    plan.stack(),
                    context.trial(phases)
                            .run(
                                    plan.stack(),
                                    plan.load(),
                                    plan.disruption(),
                                    context.directoryFor(experiment, plan.stack())));
        }
        return new Runs(outcomes, phases);
    }
}
