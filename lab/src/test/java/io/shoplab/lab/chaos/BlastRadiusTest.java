package io.shoplab.lab.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.shoplab.lab.shopapi.Journey;
import io.shoplab.lab.shopapi.RequestRecord;
import org.junit.jupiter.api.Test;

/** A kill's blast radius from a synthetic history: shares while down, time to detect, time to recover. */
class BlastRadiusTest {

    private static final long T0 = 1_000_000;
    private final List<RequestRecord> requests = new ArrayList<>();

    @Test
    void measuresWhatTheUsersSawWhileTheComponentWasDown() {
        // killed at 2 s, restart ordered at 5 s, ready at 9 s
        AppliedFault kill = new AppliedFault(
                PlannedFault.kill("inventory-service", 2_000, 5_000), T0 + 2_000, T0 + 5_000, T0 + 9_000, null);
        request(Journey.BROWSE, 1_000, 200, false); // before: not counted
        request(Journey.BROWSE, 3_000, 200, false); // still fine while down
        request(Journey.PRODUCT_PAGE, 3_500, 200, true); // degraded but answered
        request(Journey.ORDER, 2_400, 503, false); // the first failure: detected 0.45 s after the kill
        request(Journey.ORDER, 6_000, 503, false);
        request(Journey.ORDER, 9_500, 201, false); // the first order after the restart order: 4.55 s
        request(Journey.BROWSE, 9_600, 200, false);

        List<KillImpact> impacts = RunAnalysis.kills(1, List.of(kill), requests, T0 + 20_000);

        assertThat(impacts).singleElement().satisfies(impact -> {
            assertThat(impact.downMillis()).isEqualTo(7_000);
            assertThat(impact.whileDown().get(Journey.BROWSE)).isEqualTo(new JourneyStats(1, 1, 0));
            assertThat(impact.whileDown().get(Journey.PRODUCT_PAGE)).isEqualTo(new JourneyStats(1, 1, 1));
            assertThat(impact.whileDown().get(Journey.ORDER)).isEqualTo(new JourneyStats(2, 0, 0));
            assertThat(impact.whileDown().get(Journey.REVIEW)).isEqualTo(JourneyStats.NONE);
            assertThat(impact.detectMillis()).isEqualTo(450);
            assertThat(impact.recoverMillis()).isEqualTo(4_550);
            assertThat(impact.restartMillis()).isEqualTo(4_000);
        });
        List<BlastRadius> rows =
                BlastRadius.of(impacts, ChaosTargets.microservices().killable());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.component()).isEqualTo("inventory-service");
            assertThat(row.detect()).isEqualTo("0.5 s");
            assertThat(row.recover()).isEqualTo("4.6 s");
            assertThat(row.whileDown().get(Journey.ORDER).describe()).isEqualTo("0 % of 2");
        });
    }

    @Test
    void anOrderPlacedByARetryAfterTheRestartDidNotSucceedWhileDown() {
        AppliedFault kill =
                new AppliedFault(PlannedFault.kill("monolith", 2_000, 4_000), T0 + 2_000, T0 + 4_000, T0 + 6_000, null);
        RequestRecord first = request(Journey.ORDER, 3_000, 0, false);
        requests.add(new RequestRecord(
                T0 + 6_500,
                T0 + 6_550,
                Journey.ORDER,
                0,
                "POST",
                "/api/orders",
                first.idempotencyKey(),
                2,
                201,
                null,
                -1,
                false,
                "o-1",
                "CONFIRMED",
                null));

        KillImpact impact =
                RunAnalysis.kills(1, List.of(kill), requests, T0 + 20_000).get(0);

        assertThat(impact.whileDown().get(Journey.ORDER)).isEqualTo(new JourneyStats(1, 0, 0));
        assertThat(RunAnalysis.stats(requests).get(Journey.ORDER)).isEqualTo(new JourneyStats(1, 1, 0));
    }

    @Test
    void aKillNobodyNoticedHasNothingToDetect() {
        AppliedFault kill = new AppliedFault(
                PlannedFault.kill("discovery", 2_000, 4_000), T0 + 2_000, T0 + 4_000, T0 + 8_000, null);
        request(Journey.BROWSE, 3_000, 200, false);

        KillImpact impact =
                RunAnalysis.kills(1, List.of(kill), requests, T0 + 20_000).get(0);

        assertThat(impact.detectMillis()).isNull();
        assertThat(BlastRadius.of(List.of(impact), List.of("discovery")).get(0).detect())
                .isEqualTo("none");
    }

    private RequestRecord request(Journey journey, long atMillis, int status, boolean degraded) {
        String key = journey == Journey.ORDER ? "k-" + atMillis : null;
        RequestRecord record = new RequestRecord(
                T0 + atMillis,
                T0 + atMillis + 50,
                journey,
                0,
                journey == Journey.ORDER ? "POST" : "GET",
                "/",
                key,
                1,
                status,
                status == 0 ? "connection refused" : null,
                -1,
                degraded,
                null,
                null,
                null);
        requests.add(record);
        return record;
    }
}
