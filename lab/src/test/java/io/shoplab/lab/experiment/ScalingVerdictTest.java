package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.bench.ServiceLevel;
import io.shoplab.lab.report.CapacityPoint;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.CostRow;
import io.shoplab.lab.report.Verdict;
import org.junit.jupiter.api.Test;

/** The scalability verdict can come out against the article, and without usable capacities it is not tested. */
class ScalingVerdictTest {

    private static final String AT_QUOTA = "catalog-service at 97 % of its 0.25-CPU quota";
    private static final String LISTING = ScaleCatalog.LOAD.title();
    private static final String ORDERS = ScaleCatalog.ORDERS.title();

    @Test
    void aSecondCatalogNodeThatRaisesCapacityByAThirdSupportsTheClaim() {
        ClaimVerdict verdict = ScalingVerdict.of(runWith(300, 420, 440, 600));

        assertThat(verdict.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(verdict.sentence())
                .contains(
                        "from 300 to 420",
                        "(×1.40)",
                        "×1.3 counts as scaling",
                        "a second gateway moved the capacity from 440 to 600",
                        "one gateway was the ceiling");
    }

    @Test
    void aSecondCatalogNodeThatBuysNothingContradictsIt() {
        ClaimVerdict verdict = ScalingVerdict.of(runWith(300, 310, 305, 320));

        assertThat(verdict.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(verdict.sentence()).contains("the gateway was not the ceiling");
    }

    @Test
    void aSmallGainIsMixed() {
        assertThat(ScalingVerdict.of(runWith(300, 360, 380, 380)).verdict()).isEqualTo(Verdict.MIXED);
    }

    @Test
    void aGainThatTakesASecondGatewayIsMixed() {
        ClaimVerdict verdict = ScalingVerdict.of(runWith(300, 310, 305, 560));

        assertThat(verdict.verdict()).isEqualTo(Verdict.MIXED);
        assertThat(verdict.sentence())
                .contains(
                        "their best, 3 catalog-services, 2 gateways, served 560 (×1.87)",
                        "one gateway was the ceiling");
    }

    @Test
    void aLimitSetByTheLoadGeneratorIsNotTested() {
        List<CapacityPoint> points = List.of(
                monolith(1, 300),
                micro(1, 1, 300, false),
                new CapacityPoint(
                        MICROSERVICES,
                        "2 catalog-services, 1 gateway",
                        LISTING,
                        2,
                        1,
                        0.25,
                        2.5,
                        330,
                        2000,
                        "the load generator: it sent 1500 of 1650 requests (1.4 cores)",
                        true));

        ClaimVerdict verdict = ScalingVerdict.of(points);

        assertThat(verdict.verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(verdict.sentence()).contains("the load generator");
    }

    @Test
    void nothingServedWithOneNodeIsNotTested() {
        assertThat(ScalingVerdict.of(List.of(monolith(1, 0), micro(1, 1, 300, false), micro(2, 1, 600, false)))
                        .verdict())
                .isEqualTo(Verdict.NOT_TESTED);
    }

    @Test
    void noCapacityMeasuredIsNotTested() {
        assertThat(ScalingVerdict.of(List.of()).verdict()).isEqualTo(Verdict.NOT_TESTED);
    }

    @Test
    void theKneeIsThePartNearestItsQuota() {
        ServiceLevel.Step broken = new ServiceLevel.Step(500, 2500, 2500, 40, 30, 900, "p99 900 ms over 500 ms");

        Knee knee = Knee.of(
                broken,
                Map.of(
                        "gateway",
                        new Knee.PartUse(0.20, 0.25, 0.3, 0, false),
                        "catalog-service",
                        new Knee.PartUse(0.245, 0.25, 0.6, 0.05, false),
                        "postgres",
                        new Knee.PartUse(0.3, 1.0, 0, 0, false)),
                0.4,
                2);

        assertThat(knee.description())
                .isEqualTo(
                        "catalog-service at 98 % of its 0.25-CPU quota (its JIT compilers 20 %), held back in 60 % of periods"
                                + "; the others: gateway 80 %, postgres 30 % (the load generator 0.40 cores; 1.1 of 2 cores"
                                + " busy)");
        assertThat(knee.limitedByLab()).isFalse();
    }

    @Test
    void partsAtTheirQuotasTogetherAreNamedTogetherNotOneAsTheLimit() {
        // As in the demo of 64fc70e, with two catalog-services: there the gateway and three catalog-services were at
        // their quotas, and a second gateway added ×1.03.
        ServiceLevel.Step broken = new ServiceLevel.Step(490, 2450, 2450, 0, 30, 532, "p99 532 ms over 500 ms");

        Knee knee = Knee.of(
                broken,
                Map.of(
                        "gateway",
                        new Knee.PartUse(0.303, 0.3, 1.0, 0, true),
                        "catalog-service",
                        new Knee.PartUse(0.097, 0.1, 0.9, 0.01, true),
                        "catalog-service-2",
                        new Knee.PartUse(0.099, 0.1, 0.95, 0.01, true),
                        "discovery",
                        new Knee.PartUse(0.008, 0.1, 0, 0, true)),
                0.27,
                2);

        assertThat(knee.description())
                .isEqualTo(
                        "3 parts at their quotas, gateway at 101 % of its 0.30-CPU quota (its JIT compilers 0.00 cores"
                                + " beside it), held back in 100 % of periods, catalog-service 97 %, catalog-service-2 99 %; the"
                                + " others: discovery 8 % (the load generator 0.27 cores; 0.8 of 2 cores busy)");
    }

    @Test
    void anIdlePartWhoseCompilersWorkedBetweenItsTwoReadingsUsedNothingRatherThanLessThanNothing() {
        ServiceLevel.Step broken = new ServiceLevel.Step(490, 2450, 2450, 0, 30, 532, "p99 532 ms over 500 ms");

        Knee knee = Knee.of(
                broken,
                Map.of(
                        "gateway",
                        new Knee.PartUse(0.3, 0.3, 1.0, 0, true),
                        "inventory-service",
                        new Knee.PartUse(-0.0004, 0.1, 0, 0.02, true)),
                0.27,
                2);

        assertThat(knee.description()).contains("the others: inventory-service 0 %");
    }

    @Test
    void compilersBesideTheQuotaAreNotItsUseButStillTheMachines() {
        ServiceLevel.Step broken = new ServiceLevel.Step(500, 2500, 2500, 40, 30, 900, "p99 900 ms over 500 ms");
        Map<String, Knee.PartUse> compiling = Map.of("catalog-service", new Knee.PartUse(0.245, 0.25, 0.6, 0.3, true));

        assertThat(Knee.of(broken, compiling, 0.4, 2).description())
                .startsWith("catalog-service at 98 % of its 0.25-CPU quota (its JIT compilers 0.30 cores beside it)");
        assertThat(Knee.of(broken, compiling, 1.3, 2).description())
                .as("1.3 + 0.245 + 0.3 of 2 cores busy")
                .startsWith("this machine: 1.8 of its 2 cores busy");
    }

    @Test
    void aPartHeldBackInMostPeriodsIsAtItsQuotaEvenBelowItOnAverage() {
        ServiceLevel.Step broken = new ServiceLevel.Step(200, 1000, 1000, 0, 30, 800, "p99 800 ms over 500 ms");

        Knee knee = Knee.of(
                broken,
                Map.of(
                        "gateway",
                        new Knee.PartUse(0.13, 0.25, 0.7, 0, false),
                        "catalog-service",
                        new Knee.PartUse(0.15, 0.25, 0.1, 0, false)),
                0.3,
                2);

        assertThat(knee.description())
                .startsWith(
                        "gateway at 52 % of its 0.25-CPU quota (its JIT compilers 0 %), held back in 70 % of periods");
    }

    @Test
    void aGeneratorThatFellBehindOrABusyMachineIsTheLabsLimit() {
        ServiceLevel.Step behind = new ServiceLevel.Step(500, 2500, 2000, 0, 30, 90, "the load generator fell behind");
        ServiceLevel.Step slow = new ServiceLevel.Step(500, 2500, 2500, 0, 30, 900, "p99 900 ms over 500 ms");
        Map<String, Knee.PartUse> atQuota = Map.of("catalog-service", new Knee.PartUse(0.25, 0.25, 0.9, 0, false));

        assertThat(Knee.of(behind, atQuota, 1.0, 2).description()).startsWith("the load generator");
        assertThat(Knee.of(slow, atQuota, 1.6, 2).description()).startsWith("this machine");
        assertThat(Knee.of(slow, atQuota, 1.6, 2).limitedByLab()).isTrue();
        assertThat(Knee.of(slow, atQuota, 0.5, 2).limitedByLab()).isFalse();
    }

    @Test
    void theCostRowsTakeTheCheapestConfigurationThatServedTheHighestRateBothReached() {
        List<CostRow> rows = Cost.toServe(runWith(300, 420, 440, 600));

        // Both reached 600: the monolith with 3 nodes (2 served 550), the microservices only behind two gateways.
        assertThat(rows)
                .extracting(CostRow::name)
                .allMatch(name -> name.contains("600 catalog listings/s")
                        && name.contains("3 monoliths / 3 catalog-services, 2 gateways"));
        assertThat(rows.get(0).monolith()).isEqualTo(3 * 0.25 + 1);
        assertThat(rows.get(0).microservices()).isEqualTo((3 + 2 + 5) * 0.25 + 1);
    }

    @Test
    void anOrderRateHasCostRowsOfItsOwnAndNoPartInTheVerdict() {
        List<CapacityPoint> points = new ArrayList<>(runWith(300, 420, 440, 600));
        points.add(new CapacityPoint(
                MONOLITH, "1 monolith", ORDERS, 1, 0, 0.25, 1.25, 40, 700, "monolith at its quota", false));
        points.add(new CapacityPoint(
                MICROSERVICES,
                "1 of each service, 1 gateway",
                ORDERS,
                1,
                1,
                0.25,
                2.75,
                12,
                2300,
                "orders-service at its quota",
                false));

        assertThat(Cost.toServe(points))
                .extracting(CostRow::name)
                .filteredOn(name -> name.contains("order placements"))
                .containsExactly(
                        "CPU budget to serve 12 order placements/s at the service level (scale-catalog: 1 monolith / 1 of each"
                                + " service, 1 gateway)",
                        "memory to serve 12 order placements/s at the service level (scale-catalog: 1 monolith"
                                + " / 1 of each service, 1 gateway)");
        assertThat(ScalingVerdict.of(points)).isEqualTo(ScalingVerdict.of(runWith(300, 420, 440, 600)));
    }

    @Test
    void noCostRowsWhenAStackServedNothing() {
        assertThat(Cost.toServe(List.of(monolith(1, 0), micro(1, 1, 300, false))))
                .isEmpty();
        assertThat(Cost.toServe(List.of())).isEmpty();
    }

    private static List<CapacityPoint> runWith(
            double oneCatalog, double twoCatalogs, double threeCatalogs, double twoGateways) {
        return List.of(
                monolith(1, 280),
                monolith(2, 550),
                monolith(3, 800),
                micro(1, 1, oneCatalog, false),
                micro(2, 1, twoCatalogs, false),
                micro(3, 1, threeCatalogs, false),
                micro(3, 2, twoGateways, false));
    }

    private static CapacityPoint monolith(int nodes, double capacity) {
        return new CapacityPoint(
                MONOLITH,
                nodes + " monoliths",
                LISTING,
                nodes,
                0,
                0.25,
                nodes * 0.25 + 1,
                capacity,
                400 * nodes + 300,
                "monolith at 99 % of its 0.25-CPU quota",
                false);
    }

    private static CapacityPoint micro(int nodes, int gateways, double capacity, boolean limitedByLab) {
        return new CapacityPoint(
                MICROSERVICES,
                nodes + " catalog-services, " + gateways + " gateways",
                LISTING,
                nodes,
                gateways,
                0.25,
                (nodes + gateways + 5) * 0.25 + 1,
                capacity,
                2000 + 300 * nodes,
                AT_QUOTA,
                limitedByLab);
    }
}
