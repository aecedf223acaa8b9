package io.shoplab.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.shoplab.lab.Platform;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final ExperimentResult KILL_REVIEWS = new ExperimentResult(
            "kill-reviews",
            "Kill reviews",
            "killed it",
            LoadModel.OPEN,
            List.of(),
            List.of(),
            List.of(new ClaimVerdict(Claim.RESILIENCE, Verdict.MIXED, "from the experiment")));

    @Test
    void listsEveryClaimInTheArticlesOrderAndFillsTheUntestedOnes() {
        Report report = new Report(
                RunInfo.now(Platform.LOCAL.description(), Map.of()),
                List.of(),
                List.of(KILL_REVIEWS),
                List.of(),
                List.of());

        assertThat(report.verdictTable()).extracting(ClaimVerdict::claim).containsExactly(Claim.values());
        assertThat(report.verdictTable())
                .filteredOn(verdict -> verdict.claim() == Claim.RESILIENCE)
                .singleElement()
                .extracting(ClaimVerdict::sentence)
                .isEqualTo("from the experiment");
        assertThat(report.verdictTable())
                .filteredOn(verdict -> verdict.verdict() == Verdict.NOT_TESTED)
                .hasSize(6);
    }

    @Test
    void prefersTheOverallVerdictOverTheExperiments() {
        ClaimVerdict overall = new ClaimVerdict(Claim.RESILIENCE, Verdict.SUPPORTED, "over all experiments");
        Report report = new Report(
                RunInfo.now(Platform.LOCAL.description(), Map.of()),
                List.of(overall),
                List.of(KILL_REVIEWS),
                List.of(),
                List.of());

        assertThat(report.verdictTable()).contains(overall).noneMatch(verdict -> verdict.verdict() == Verdict.MIXED);
    }

    @Test
    void knowsTheMachineItRunsOn() {
        Machine machine = Machine.current();

        assertThat(machine.cores()).isPositive();
        assertThat(machine.memoryMib()).isPositive();
        assertThat(machine.javaVersion()).isNotBlank();
    }

    @Test
    void formatsNumbersWithFewDigits() {
        assertThat(List.of(
                        Numbers.format(1234.4),
                        Numbers.format(12.34),
                        Numbers.format(1.234),
                        Numbers.format(2.0),
                        Numbers.format(Double.NaN),
                        Numbers.format((Number) null)))
                .containsExactly("1234", "12.3", "1.23", "2", "–", "–");
    }
}
