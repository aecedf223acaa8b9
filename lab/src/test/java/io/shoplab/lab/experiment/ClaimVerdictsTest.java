package io.shoplab.lab.experiment;

import static io.shoplab.lab.experiment.RunData.HELD;
import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.shoplab.lab.measure.Window;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.CostRow;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.InvariantCheck;
import io.shoplab.lab.report.LoadModel;
import io.shoplab.lab.report.Marker;
import io.shoplab.lab.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Every claim's verdict must be able to go against the article: for each, a data set that contradicts it, and
 * one with nothing measured that is NOT_TESTED, never SUPPORTED.
 */
class ClaimVerdictsTest {

    private static final Window DEAD = new Window(5, 14);

    @Test
    void resilienceIsContradictedWhenProductPagesFailWithReviewsServiceDead() {
        RunData micro = new RunData()
                .requests("product detail", 0, 23, 4, true)
                .requests("place order", 0, 23, 2, true)
                .requests("product detail", 5, 14, 4, false);

        ClaimVerdict verdict = KillReviews.verdict(healthyMix().log(), micro.log(), DEAD);

        assertThat(verdict.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(verdict.sentence()).contains("50 % of product pages");
    }

    @Test
    void resilienceIsNotTestedWhenNoOrderWasSentWhileReviewsServiceWasDead() {
        RunData micro = new RunData().requests("product detail", 0, 23, 4, true).requests("place order", 0, 5, 2, true);

        ClaimVerdict verdict = KillReviews.verdict(healthyMix().log(), micro.log(), DEAD);

        assertThat(verdict.verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(verdict.sentence()).contains("no request of orders");
    }

    @Test
    void resilienceIsContradictedWhenTheServicesLoseEachOtherWithDiscoveryDead() {
        RunData micro = healthyMix()
                .requests("product detail (degraded)", 5, 14, 4, true)
                .requests("place order", 5, 14, 2, false);

        ClaimVerdict verdict =
                KillOne.discovery().verdict(RunData.runs(Map.of(MICROSERVICES, micro.outcome(MICROSERVICES, HELD))));

        assertThat(verdict.verdict()).isNotEqualTo(Verdict.SUPPORTED);
        assertThat(verdict.sentence())
                .contains("did not all go on finding each other")
                .doesNotContain("cached registr");
    }

    @Test
    void resilienceIsContradictedWhenNothingAnswersWithDiscoveryDead() {
        RunData micro =
                new RunData().requests("product detail", 0, 5, 4, true).requests("product detail", 5, 14, 4, false);

        ClaimVerdict verdict =
                KillOne.discovery().verdict(RunData.runs(Map.of(MICROSERVICES, micro.outcome(MICROSERVICES, HELD))));

        assertThat(verdict.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void aWholeStackKilledWithNothingSentMeanwhileIsNotTested() {
        RunData monolith =
                new RunData().requests("product detail", 0, 5, 4, true).requests("product detail", 14, 23, 4, true);

        ClaimVerdict verdict =
                KillOne.monolith().verdict(RunData.runs(Map.of(MONOLITH, monolith.outcome(MONOLITH, HELD))));

        assertThat(verdict.verdict()).isEqualTo(Verdict.NOT_TESTED);
    }

    @Test
    void singlePointOfFailureIsContradictedWhenTheMonolithAnswersWhileKilled() {
        ClaimVerdict verdict = KillOne.monolith()
                .verdict(RunData.runs(Map.of(MONOLITH, healthyMix().outcome(MONOLITH, HELD))));

        assertThat(verdict.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void theGatewaySentenceFollowsTheData() {
        RunData down =
                new RunData().requests("product detail", 0, 5, 4, true).requests("product detail", 5, 14, 4, false);

        ClaimVerdict dead =
                KillOne.gateway().verdict(RunData.runs(Map.of(MICROSERVICES, down.outcome(MICROSERVICES, HELD))));
        ClaimVerdict alive = KillOne.gateway()
                .verdict(RunData.runs(Map.of(MICROSERVICES, healthyMix().outcome(MICROSERVICES, HELD))));

        assertThat(dead.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(dead.sentence()).contains("single point of failure of the microservices' own");
        assertThat(alive.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(alive.sentence())
                .doesNotContain("single point of failure")
                .contains("did not take the microservices down");
    }

    @Test
    void coordinationIsContradictedWhenTheSagaCostsNothingMeasurable() {
        RunData orders = new RunData().requests("place order", 0, 23, 3, true, 40);

        ClaimVerdict verdict = OrderCoordination.verdict(
                "payments", false, orders.outcome(MONOLITH, HELD), orders.outcome(MICROSERVICES, HELD), DEAD);

        assertThat(verdict.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(verdict.sentence()).contains("+0 points", "held in the monolith, held in the microservices");
    }

    @Test
    void coordinationIsSupportedWhenTheMicroservicesBreakAnInvariant() {
        RunData orders = new RunData().requests("place order", 0, 23, 3, true, 40);
        List<InvariantCheck> broken = List.of(new InvariantCheck("money", false, "1 payment off"));

        ClaimVerdict verdict = OrderCoordination.verdict(
                "payments", false, orders.outcome(MONOLITH, HELD), orders.outcome(MICROSERVICES, broken), DEAD);

        assertThat(verdict.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(verdict.sentence()).contains("BROKEN in the microservices");
    }

    @Test
    void coordinationWithoutOrdersIsNotTested() {
        RunData noOrders = new RunData().requests("place order", 0, 5, 3, true);

        ClaimVerdict verdict = OrderCoordination.verdict(
                "inventory", true, noOrders.outcome(MONOLITH, HELD), noOrders.outcome(MICROSERVICES, HELD), DEAD);

        assertThat(verdict.verdict()).isEqualTo(Verdict.NOT_TESTED);
    }

    @Test
    void customizabilityIsContradictedWhenRestartingOneServiceHurtsAsMuchAsRestartingTheMonolith() {
        RunData halfDown =
                new RunData().requests("product detail", 0, 23, 2, true).requests("product detail", 5, 14, 2, false);

        List<ExperimentResult> results = List.of(
                killed("kill-reviews", halfDown.result(MICROSERVICES)),
                killed("kill-monolith", halfDown.result(MONOLITH)));

        assertThat(Verdicts.customizability(results))
                .get()
                .extracting(ClaimVerdict::verdict)
                .isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void customizabilityWithNothingSentWhileRestartingIsNotTested() {
        RunData silent = new RunData().requests("product detail", 0, 5, 2, true);

        List<ExperimentResult> results = List.of(
                killed("kill-reviews", healthyMix().result(MICROSERVICES)),
                killed("kill-monolith", silent.result(MONOLITH)));

        assertThat(Verdicts.customizability(results))
                .get()
                .extracting(ClaimVerdict::verdict)
                .isEqualTo(Verdict.NOT_TESTED);
    }

    @Test
    void costIsContradictedWhenTheMicroservicesUseLessCpuAndMemory() {
        RunData load = healthyMix();

        ClaimVerdict verdict = Baseline.cost(load.sampled(MONOLITH, 1.0, 1000), load.sampled(MICROSERVICES, 0.5, 500));

        assertThat(verdict.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void costWithoutSampledProcessesIsNotTested() {
        RunData load = healthyMix();

        assertThat(Baseline.cost(load.result(MONOLITH), load.result(MICROSERVICES))
                        .verdict())
                .isEqualTo(Verdict.NOT_TESTED);
    }

    @Test
    void costIsContradictedByACheaperTable() {
        List<CostRow> table = List.of(
                new CostRow("processes", "", 2, 2),
                new CostRow("memory", "MiB", 900, 800),
                new CostRow("lines of code (Java, YAML, SQL)", "lines", 10_000, 9_000));

        assertThat(Cost.cost(table).verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void developmentComplexityIsContradictedByFewerLinesAndCountsTheSharedCodeOnBothSides() {
        CodeLines code =
                new CodeLines(Map.of("modules", 5_000L), Map.of("monolith-api", 900L), Map.of("microservices", 800L));

        ClaimVerdict verdict = Cost.complexity(code, new CostRow("processes", "", 2, 8), "processes");

        assertThat(verdict.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(verdict.sentence())
                .contains("5,000 on both sides (modules/ 5,000)", "100 fewer lines", "5,900 vs 5,800")
                .doesNotContain("saga");
    }

    @Test
    void developmentComplexityWithoutASourceTreeIsNotTested() {
        CodeLines nothing =
                new CodeLines(Map.of("modules", 0L), Map.of("monolith-api", 0L), Map.of("microservices", 0L));

        assertThat(Cost.complexity(nothing, new CostRow("processes", "", 2, 8), "processes")
                        .verdict())
                .isEqualTo(Verdict.NOT_TESTED);
    }

    /** Product pages and orders, all answered, through the whole run. */
    private static RunData healthyMix() {
        return new RunData().requests("product detail", 0, 23, 4, true).requests("place order", 0, 23, 2, true);
    }

    private static ExperimentResult killed(String name, io.shoplab.lab.report.StackResult stack) {
        return new ExperimentResult(
                name,
                name,
                "",
                LoadModel.OPEN,
                List.of(stack),
                List.of(Marker.fault(5, "kill"), Marker.heal(14, "restart")),
                List.of());
    }
}
