package io.shoplab.lab.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import io.shoplab.lab.shopapi.Journey;
import io.shoplab.lab.shopapi.RequestRecord;
import org.junit.jupiter.api.Test;

/** A run that placed no order, or did not apply its schedule, must not pass: it tested nothing of what it says. */
class RunNotTestedTest {

    private static final PlannedFault PAUSE =
            PlannedFault.pause("postgres", 1_000, 4_000).numbered(1);
    private static final PlannedFault KILL =
            PlannedFault.kill("monolith", 2_000, 5_000).numbered(2);
    private static final Schedule SCHEDULE = new Schedule(1, 1, 20_000, List.of(PAUSE, KILL));

    @Test
    void aRunWithoutAConfirmedOrderIsNotTested() {
        List<AppliedFault> applied =
                List.of(new AppliedFault(PAUSE, 1, 2, 0, null), new AppliedFault(KILL, 3, 4, 5, null));

        assertThat(RunAnalysis.notTested(SCHEDULE, applied, List.of(order("REJECTED"))))
                .singleElement()
                .asString()
                .startsWith("no order was acknowledged CONFIRMED");
        assertThat(RunAnalysis.notTested(SCHEDULE, applied, List.of(order("CONFIRMED"))))
                .isEmpty();
    }

    @Test
    void aFaultNeverAppliedMakesTheRunNotTested() {
        List<AppliedFault> applied =
                List.of(new AppliedFault(PAUSE, 1, 1, 0, AppliedFault.NOT_APPLIED + ": postgres is not running"));

        assertThat(RunAnalysis.notTested(SCHEDULE, applied, List.of(order("CONFIRMED"))))
                .containsExactly(
                        "fault 1 (pause postgres) was never applied: not applied: postgres is not running",
                        "fault 2 (kill monolith) was never applied");
    }

    @Test
    void schedulesPauseComponentsAndNeverOverlapAPauseWithAKill() {
        List<Schedule> schedules = IntStream.rangeClosed(1, 200)
                .mapToObj(run -> Schedule.plan(ChaosTargets.microservices(), 7, run, Duration.ofSeconds(20)))
                .toList();
        List<PlannedFault> all = schedules.stream()
                .flatMap(schedule -> schedule.faults().stream())
                .toList();

        assertThat(all)
                .anyMatch(fault ->
                        fault.kind() == FaultKind.PAUSE && fault.component().equals("postgres"));
        for (Schedule schedule : schedules) {
            List<PlannedFault> stops = schedule.faults().stream()
                    .filter(fault -> fault.kind().stopsComponent())
                    .toList();
            for (PlannedFault a : stops) {
                for (PlannedFault b : stops) {
                    if (a != b && a.kind() == FaultKind.PAUSE) {
                        assertThat(a.startMillis() >= b.endMillis() || b.startMillis() >= a.endMillis())
                                .as("%s and %s overlap in run %d", a.describe(), b.describe(), schedule.run())
                                .isTrue();
                    }
                }
            }
        }
    }

    private static RequestRecord order(String status) {
        return new RequestRecord(
                1_000,
                1_050,
                Journey.ORDER,
                0,
                "POST",
                "/api/orders",
                "k-1",
                1,
                201,
                null,
                -1,
                false,
                "o-1",
                status,
                null);
    }
}
