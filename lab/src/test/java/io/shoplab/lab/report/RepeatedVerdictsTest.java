package io.shoplab.lab.report;

import static io.shoplab.lab.report.Verdict.CONTRADICTED;
import static io.shoplab.lab.report.Verdict.MIXED;
import static io.shoplab.lab.report.Verdict.SUPPORTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class RepeatedVerdictsTest {

    @Test
    void theVerdictMoreThanHalfTheRunsReachedWins() {
        assertThat(RepeatedVerdicts.majority(List.of(SUPPORTED, CONTRADICTED, SUPPORTED)))
                .isEqualTo(SUPPORTED);
        assertThat(RepeatedVerdicts.majority(List.of(CONTRADICTED, CONTRADICTED, MIXED, CONTRADICTED)))
                .isEqualTo(CONTRADICTED);
        assertThat(RepeatedVerdicts.majority(List.of(SUPPORTED))).isEqualTo(SUPPORTED);
    }

    @Test
    void withoutAMajorityTheVerdictIsTheInconclusiveOne() {
        assertThat(RepeatedVerdicts.majority(List.of(SUPPORTED, CONTRADICTED))).isEqualTo(MIXED);
        assertThat(RepeatedVerdicts.majority(List.of(SUPPORTED, SUPPORTED, CONTRADICTED, CONTRADICTED)))
                .isEqualTo(MIXED);
        assertThat(RepeatedVerdicts.majority(List.of(SUPPORTED, CONTRADICTED, MIXED)))
                .isEqualTo(MIXED);
    }

    @Test
    void anUnstableVerdictSaysHowTheRunsWent() {
        ClaimVerdict combined = RepeatedVerdicts.combine(
                List.of(verdict(SUPPORTED, "first"), verdict(MIXED, "second"), verdict(SUPPORTED, "third")));

        assertThat(combined.claim()).isEqualTo(Claim.RESILIENCE);
        assertThat(combined.verdict()).isEqualTo(SUPPORTED);
        assertThat(combined.sentence()).isEqualTo("Unstable: supported in 2 of 3 runs, mixed in 1. First run: first");
    }

    @Test
    void aTieIsUnstableAndMixed() {
        ClaimVerdict combined =
                RepeatedVerdicts.combine(List.of(verdict(CONTRADICTED, "first"), verdict(SUPPORTED, "second")));

        assertThat(combined.verdict()).isEqualTo(MIXED);
        assertThat(combined.sentence())
                .isEqualTo(
                        "Unstable: supported in 1 of 2 runs, contradicted in 1; no verdict had a majority. First run: first");
    }

    @Test
    void aStableVerdictSaysSoAndASingleRunStaysAsItIs() {
        ClaimVerdict once = verdict(CONTRADICTED, "only run");

        assertThat(RepeatedVerdicts.combine(List.of(once))).isSameAs(once);
        assertThat(RepeatedVerdicts.combine(List.of(verdict(CONTRADICTED, "first"), verdict(CONTRADICTED, "second"))))
                .isEqualTo(new ClaimVerdict(
                        Claim.RESILIENCE, CONTRADICTED, "The same verdict in all 2 runs. First run: first"));
    }

    @Test
    void anExperimentRunSeveralTimesShowsItsFirstRunWithTheVerdictsOverAll() {
        ExperimentResult first = run(verdict(SUPPORTED, "first"), new ClaimVerdict(Claim.COST, SUPPORTED, "dearer"));
        ExperimentResult second =
                run(verdict(CONTRADICTED, "second"), new ClaimVerdict(Claim.COST, SUPPORTED, "dearer"));
        ExperimentResult third = run(verdict(CONTRADICTED, "third"), new ClaimVerdict(Claim.COST, SUPPORTED, "dearer"));

        ExperimentResult repeated = ExperimentResult.ofRuns(List.of(first, second, third));

        assertThat(repeated.repeated()).isTrue();
        assertThat(repeated.runs()).containsExactly(first, second, third);
        assertThat(repeated.verdicts())
                .extracting(ClaimVerdict::claim, ClaimVerdict::verdict)
                .containsExactly(tuple(Claim.RESILIENCE, CONTRADICTED), tuple(Claim.COST, SUPPORTED));
        assertThat(repeated.verdicts().get(0).sentence())
                .startsWith("Unstable: contradicted in 2 of 3 runs, supported in 1.");
        assertThat(ExperimentResult.ofRuns(List.of(first))).isSameAs(first);
        assertThat(first.repeated()).isFalse();
        assertThat(first.runs()).containsExactly(first);
        assertThatThrownBy(() -> ExperimentResult.ofRuns(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static ClaimVerdict verdict(Verdict verdict, String sentence) {
        return new ClaimVerdict(Claim.RESILIENCE, verdict, sentence);
    }

    private static ExperimentResult run(ClaimVerdict... verdicts) {
        return new ExperimentResult(
                "kill-reviews", "Kill reviews", "killed it", LoadModel.OPEN, List.of(), List.of(), List.of(verdicts));
    }
}
