package io.shoplab.lab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.measure.RequestEvent;
import io.shoplab.lab.measure.RequestLog;
import io.shoplab.lab.measure.ResourceUsage;
import io.shoplab.lab.measure.Window;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.LoadModel;
import io.shoplab.lab.report.Marker;
import io.shoplab.lab.report.StackResult;
import io.shoplab.lab.report.Verdict;
import org.junit.jupiter.api.Test;

/** What {@code --repeat} changes in the runner, without a stack: the settings, the run directories, the overall verdict. */
class RepeatedRunsTest {

    private static final Instant START = Instant.parse("2025-01-01T10:00:00Z");

    @Test
    void everyExperimentButCostRunsTheChosenNumberOfTimes() {
        ExperimentRunner.Settings three =
                new ExperimentRunner.Settings(Phases.SHORT, 10, Map.of(), Map.of(), 3, ExperimentRunner.DEFAULT_WARMUP);

        assertThat(three.runsOf("baseline")).isEqualTo(3);
        assertThat(three.runsOf("kill-monolith")).isEqualTo(3);
        assertThat(three.runsOf("cost")).isEqualTo(1);
        assertThatThrownBy(() -> new ExperimentRunner.Settings(
                        Phases.SHORT, 10, Map.of(), Map.of(), 0, ExperimentRunner.DEFAULT_WARMUP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExperimentRunner.Settings(
                        Phases.SHORT,
                        10,
                        Map.of(),
                        Map.of(),
                        ExperimentRunner.MAX_REPEAT + 1,
                        ExperimentRunner.DEFAULT_WARMUP))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachRunWritesItsLoadsInADirectoryOfItsOwn() {
        ExperimentContext context =
                new ExperimentContext(null, null, Phases.SHORT, 10, Path.of("report/runs"), null, 1);

        assertThat(context.forRun(1, 1)).isSameAs(context);
        assertThat(context.forRun(1, 1).directoryFor("baseline", "monolith"))
                .isEqualTo(Path.of("report/runs/baseline/monolith"));
        assertThat(context.forRun(1, 3).directoryFor("baseline", "monolith"))
                .isEqualTo(Path.of("report/runs/run-1/baseline/monolith"));
        assertThat(context.forRun(2, 3).directoryFor("baseline", "monolith"))
                .isEqualTo(Path.of("report/runs/run-2/baseline/monolith"));
    }

    @Test
    void theOverallVerdictIsReachedRunByRunAndWeighedByMajority() {
        // Customizability: supported when restarting reviews-service keeps 20 points more answered than restarting the
        // monolith.
        ExperimentResult killReviews = ExperimentResult.ofRuns(List.of(
                run("kill-reviews", "microservices", 1.0),
                run("kill-reviews", "microservices", 0.6),
                run("kill-reviews", "microservices", 1.0)));
        ExperimentResult killMonolith = ExperimentResult.ofRuns(List.of(
                run("kill-monolith", "monolith", 0.0),
                run("kill-monolith", "monolith", 0.5),
                run("kill-monolith", "monolith", 0.0)));

        List<ClaimVerdict> overall = Verdicts.overall(List.of(killReviews, killMonolith));

        assertThat(overall).singleElement().satisfies(verdict -> {
            assertThat(verdict.claim()).isEqualTo(Claim.CUSTOMIZABILITY);
            assertThat(verdict.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(verdict.sentence())
                    .startsWith("Unstable: supported in 2 of 3 runs, mixed in 1. First run: Deploying a change");
        });
    }

    @Test
    void runOnceTheOverallVerdictIsTheRunsOwn() {
        List<ExperimentResult> once =
                List.of(run("kill-reviews", "microservices", 0.6), run("kill-monolith", "monolith", 0.5));

        assertThat(Verdicts.overall(once))
                .containsExactly(Verdicts.customizability(once).orElseThrow());
        assertThat(Verdicts.overall(once).get(0).verdict()).isEqualTo(Verdict.MIXED);
    }

    /** 10 s at 10 requests a second; between the fault (second 3) and the restart (second 6) only {@code okWhileDown} of them pass. */
    private static ExperimentResult run(String experiment, String stack, double okWhileDown) {
        List<RequestEvent> events = new ArrayList<>();
        for (int second = 0; second < 10; second++) {
            for (int i = 0; i < 10; i++) {
                boolean ok = second < 3 || second >= 6 || i < okWhileDown * 10;
                events.add(new RequestEvent(
                        START.toEpochMilli() + second * 1000L + i * 100L, "product page", ok ? 200 : 503, 5, ok));
            }
        }
        RequestLog log = RequestLog.of(events, START);
        StackResult result = StackResult.of(stack, log.timeline(10), log.summary(new Window(0, 10)), ResourceUsage.NONE)
                .withRecoverySeconds(2L);
        return new ExperimentResult(
                experiment,
                experiment,
                "killed it",
                LoadModel.OPEN,
                List.of(result),
                List.of(Marker.fault(3, "kill"), Marker.heal(6, "restart")),
                List.of());
    }
}
