package io.shoplab.lab.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.shoplab.lab.stack.Stacks;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final Duration LOAD = Duration.ofSeconds(20);
    private static final List<ChaosTargets> STACKS = List.of(ChaosTargets.monolith(), ChaosTargets.microservices());

    @Test
    void theSameSeedAndRunGiveTheSameScheduleEveryTime() {
        for (ChaosTargets targets : STACKS) {
            for (int run = 1; run <= 20; run++) {
                assertThat(Schedule.plan(targets, 42, run, LOAD)).isEqualTo(Schedule.plan(targets, 42, run, LOAD));
            }
        }
    }

    @Test
    void neighbouringSeedsShareNoRun() {
        // With Random(seed + run), seed 1 run 3 and seed 2 run 2 drew the same faults.
        Schedule a = Schedule.plan(ChaosTargets.microservices(), 1, 3, LOAD);
        Schedule b = Schedule.plan(ChaosTargets.microservices(), 2, 2, LOAD);

        assertThat(a.faults()).isNotEqualTo(b.faults());
    }

    @Test
    void runsOfACampaignGetDifferentSchedules() {
        Set<List<PlannedFault>> distinct = new HashSet<>();
        for (int run = 1; run <= 20; run++) {
            distinct.add(
                    Schedule.plan(ChaosTargets.microservices(), 7, run, LOAD).faults());
        }

        assertThat(distinct).hasSizeGreaterThan(15);
    }

    @Test
    void everyScheduleKeepsItsRules() {
        for (ChaosTargets targets : STACKS) {
            for (long seed = 0; seed < 40; seed++) {
                for (int run = 1; run <= 20; run++) {
                    Schedule schedule = Schedule.plan(targets, seed, run, LOAD);
                    String which = targets.stack() + " seed " + seed + " run " + run + ": " + schedule.faults();

                    assertThat(schedule.faults()).as(which).hasSizeBetween(1, 4);
                    assertThat(schedule.maxOverlap()).as(which).isLessThanOrEqualTo(2);
                    for (int i = 0; i < schedule.faults().size(); i++) {
                        PlannedFault fault = schedule.faults().get(i);
                        assertThat(fault.number()).as(which).isEqualTo(i + 1);
                        assertThat(fault.startMillis()).as(which).isBetween(1_000L, LOAD.toMillis() - 1_000);
                        if (fault.kind() == FaultKind.KILL) {
                            assertThat(targets.killable()).as(which).contains(fault.component());
                            assertThat(fault.startMillis()).as(which).isLessThanOrEqualTo(LOAD.toMillis() * 2 / 5);
                        } else if (fault.kind() == FaultKind.PAUSE) {
                            assertThat(targets.killable()).as(which).contains(fault.component());
                            assertThat(fault.startMillis()).as(which).isLessThanOrEqualTo(LOAD.toMillis() * 3 / 5);
                        } else {
                            assertThat(targets.injectable())
                                    .as(which)
                                    .contains(new ChaosTargets.Injectable(fault.app(), fault.component()));
                            assertThat(fault.endMillis()).as(which).isLessThanOrEqualTo(LOAD.toMillis() - 1_000);
                        }
                    }
                    List<PlannedFault> kills = schedule.faults().stream()
                            .filter(fault -> fault.kind() == FaultKind.KILL)
                            .toList();
                    for (PlannedFault kill : kills) {
                        for (PlannedFault other : kills) {
                            if (other != kill && other.startMillis() >= kill.startMillis()) {
                                assertThat(other.startMillis())
                                        .as("one kill at a time: " + which)
                                        .isGreaterThanOrEqualTo(
                                                kill.endMillis() + Schedule.expectedRestartMillis(kill.component()));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aCampaignOfTwentyRunsBreaksManyPartsOfTheStack() {
        Set<String> killed = new HashSet<>();
        Set<FaultKind> kinds = new HashSet<>();
        int faults = 0;
        for (int run = 1; run <= 20; run++) {
            for (PlannedFault fault :
                    Schedule.plan(ChaosTargets.microservices(), 1, run, LOAD).faults()) {
                faults++;
                kinds.add(fault.kind());
                if (fault.kind() == FaultKind.KILL) {
                    killed.add(fault.component());
                }
            }
        }

        assertThat(faults).isBetween(40, 80);
        assertThat(kinds).containsExactlyInAnyOrder(FaultKind.values());
        assertThat(killed).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void onlyPartsOfTheStackInUseAreTargets() {
        assertThat(ChaosTargets.monolith().killable()).containsExactly(Stacks.MONOLITH, "postgres");
        assertThat(ChaosTargets.monolith().injectable())
                .allMatch(target -> target.app().equals(Stacks.MONOLITH));
        assertThat(ChaosTargets.microservices().killable())
                .contains("gateway", "discovery", "postgres", "orders-service")
                .doesNotContain(Stacks.MONOLITH);
        assertThat(ChaosTargets.microservices().injectable())
                .noneMatch(target -> target.app().equals(Stacks.MONOLITH));
    }

    @Test
    void aLoadTooShortForAScheduleIsRefused() {
        assertThatThrownBy(() -> Schedule.plan(ChaosTargets.monolith(), 1, 1, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
