package io.shoplab.lab.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The verdicts of an experiment run several times. Each run reaches its own verdicts, exactly as a
 * single run does; over the runs a claim gets the verdict that more than half of them reached. When
 * none did (a tie, or three runs saying three things), the runs do not back any firm verdict, so it
 * is {@link Verdict#MIXED}, the inconclusive one: a claim one run supported and another contradicted
 * has not been shown either way, and calling it supported would claim more than was measured.
 */
public final class RepeatedVerdicts {

    private RepeatedVerdicts() {}

    /**
     * One claim's verdicts, one per run, as one verdict: the majority's, with a sentence that says
     * how the runs went before the first run's own sentence. A single verdict is returned as it is.
     */
    public static ClaimVerdict combine(List<ClaimVerdict> perRun) {
        ClaimVerdict first = perRun.get(0);
        if (perRun.size() == 1) {
            return first;
        }
        List<Verdict> verdicts = perRun.stream().map(ClaimVerdict::verdict).toList();
        Verdict majority = majority(verdicts);
        int runs = verdicts.size();
        Map<Verdict, Integer> tally = tally(verdicts);
        String how;
        if (tally.size() == 1) {
            how = "The same verdict in all " + runs + " runs.";
        } else {
            // Most frequent first: "supported in 2 of 3 runs, mixed in 1".
            List<String> counts = new ArrayList<>();
            for (Map.Entry<Verdict, Integer> entry : tally.entrySet().stream()
                    .sorted(Map.Entry.<Verdict, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .toList()) {
                counts.add(words(entry.getKey()) + " in " + entry.getValue()
                        + (counts.isEmpty() ? " of " + runs + " runs" : ""));
            }
            boolean hasMajority = tally.getOrDefault(majority, 0) * 2 > runs;
            how = "Unstable: " + String.join(", ", counts) + (hasMajority ? "." : "; no verdict had a majority.");
        }
        return new ClaimVerdict(first.claim(), majority, how + " First run: " + first.sentence());
    }

    /** The verdict more than half of the runs reached, else MIXED (see the class comment). */
    static Verdict majority(List<Verdict> verdicts) {
        return tally(verdicts).entrySet().stream()
                .filter(entry -> entry.getValue() * 2 > verdicts.size())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Verdict.MIXED);
    }

    /**
     * Each claim of the first run with its verdict over all runs. Matched by position: every run of an
     * experiment reaches the same claims in the same order; a run that somehow did not is left out.
     */
    static List<ClaimVerdict> of(List<ExperimentResult> runs) {
        List<ClaimVerdict> first = runs.get(0).verdicts();
        return IntStream.range(0, first.size())
                .mapToObj(position -> combine(runs.stream()
                        .filter(run -> run.verdicts().size() > position
                                && run.verdicts().get(position).claim()
                                        == first.get(position).claim())
                        .map(run -> run.verdicts().get(position))
                        .toList()))
                .toList();
    }

    private static Map<Verdict, Integer> tally(List<Verdict> verdicts) {
        Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
        verdicts.forEach(verdict -> tally.merge(verdict, 1, Integer::sum));
        return tally;
    }

    private static String words(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
