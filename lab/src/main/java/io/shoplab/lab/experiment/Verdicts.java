package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.MICROSERVICES;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import io.shoplab.lab.measure.SecondBucket;
import io.shoplab.lab.measure.Window;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.RepeatedVerdicts;
import io.shoplab.lab.report.StackResult;
import io.shoplab.lab.report.Verdict;

/** Verdicts that need more than one experiment. */
final class Verdicts {

    private Verdicts() {}

    /**
     * Over experiments run several times, run by run (the first runs of each together, then the second …),
     * each run's verdict reached as for a single run, then weighed as {@link RepeatedVerdicts} does.
     */
    static List<ClaimVerdict> overall(List<ExperimentResult> results) {
        int runs =
                results.stream().mapToInt(result -> result.runs().size()).max().orElse(0);
        List<ClaimVerdict> perRun = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            customizability(run(results, run)).ifPresent(perRun::add);
        }
        return perRun.isEmpty() ? List.of() : List.of(RepeatedVerdicts.combine(perRun));
    }

    /** The {@code index}-th run of every experiment that had that many. */
    private static List<ExperimentResult> run(List<ExperimentResult> results, int index) {
        return results.stream()
                .filter(result -> result.runs().size() > index)
                .map(result -> result.runs().get(index))
                .toList();
    }

    /**
     * Changing a part means deploying it, which means restarting its process. Killing and restarting
     * reviews-service, and killing and restarting the monolith, measure exactly what such a deploy does
     * to everything else: supported when restarting the service left 20 points more requests answered than
     * restarting the monolith, contradicted when it left no more than 5 points more, not tested when either
     * window saw no request.
     */
    static Optional<ClaimVerdict> customizability(List<ExperimentResult> results) {
        Optional<StackResult> service = stack(results, "kill-reviews", MICROSERVICES);
        Optional<StackResult> monolith = stack(results, "kill-monolith", "monolith");
        if (service.isEmpty() || monolith.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble othersOk = okBetweenMarkers(results, "kill-reviews", service.get());
        OptionalDouble monolithOk = okBetweenMarkers(results, "kill-monolith", monolith.get());
        Verdict verdict = othersOk.isEmpty() || monolithOk.isEmpty()
                ? Verdict.NOT_TESTED
                : othersOk.getAsDouble() > monolithOk.getAsDouble() + 0.2
                        ? Verdict.SUPPORTED
                        : othersOk.getAsDouble() <= monolithOk.getAsDouble() + 0.05
                                ? Verdict.CONTRADICTED
                                : Verdict.MIXED;
        return Optional.of(new ClaimVerdict(
                Claim.CUSTOMIZABILITY,
                verdict,
                String.format(
                        Locale.ROOT,
                        "Deploying a change to one part restarts its process. Restarting reviews-service left %s of all requests answered"
                                + " while it was away; restarting the monolith left %s answered and took %s to come back.",
                        Shares.percent(othersOk),
                        Shares.percent(monolithOk),
                        OrderCoordination.seconds(monolith.get().recoverySeconds()))));
    }

    private static OptionalDouble okBetweenMarkers(
            List<ExperimentResult> results, String experiment, StackResult stack) {
        ExperimentResult result = ExperimentRunner.named(results, experiment).orElseThrow();
        long from = result.markers().isEmpty() ? 0 : result.markers().get(0).second();
        long to = result.markers().size() < 2
                ? stack.timeline().seconds().size()
                : result.markers().get(1).second();
        Window window = new Window(from, Math.max(from + 1, to));
        List<SecondBucket> inside = stack.timeline().seconds().stream()
                .filter(bucket -> window.contains(bucket.second()))
                .toList();
        return Shares.share(
                inside.stream().mapToLong(SecondBucket::ok).sum(),
                inside.stream().mapToLong(SecondBucket::requests).sum());
    }

    private static Optional<StackResult> stack(List<ExperimentResult> results, String experiment, String stack) {
        return ExperimentRunner.named(results, experiment)
                .flatMap(result -> result.stacks().stream()
                        .filter(candidate -> candidate.stack().equals(stack))
                        .findFirst());
    }
}
