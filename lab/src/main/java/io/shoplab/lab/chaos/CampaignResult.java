package io.shoplab.lab.chaos;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.invariants.Finding;
import io.shoplab.lab.shopapi.Journey;

/**
 * A whole campaign.
 *
 * @param settings what was asked
 * @param started when it began
 * @param tookMillis how long its runs took, from the first run's start to the last check
 * @param runs the runs done (fewer than asked when one broke an invariant and the campaign stopped)
 * @param blastRadius per killed component, over all runs
 * @param settingsInForce the discovery, load-balancer and Resilience4j settings as the apps told them at the start,
 *     with the app and property source of each
 */
public record CampaignResult(
        ChaosSettings settings,
        Instant started,
        long tookMillis,
        List<RunResult> runs,
        List<BlastRadius> blastRadius,
        List<ResilienceSettings.Setting> settingsInForce) {

    public CampaignResult {
        runs = List.copyOf(runs);
        blastRadius = List.copyOf(blastRadius);
        settingsInForce = List.copyOf(settingsInForce);
    }

    public boolean passed() {
        return runs.size() == settings.runs() && runs.stream().allMatch(RunResult::passed);
    }

    public List<Finding> violations() {
        return runs.stream().flatMap(run -> run.violations().stream()).toList();
    }

    /** Faults applied, by kind (those that could not be applied left out). */
    public Map<FaultKind, Long> faultsByKind() {
        Map<FaultKind, Long> byKind = new EnumMap<>(FaultKind.class);
        for (FaultKind kind : FaultKind.values()) {
            byKind.put(
                    kind,
                    runs.stream()
                            .flatMap(run -> run.faults().stream())
                            .filter(fault -> fault.planned().kind() == kind && fault.applied())
                            .count());
        }
        return byKind;
    }

    public long faultsNotApplied() {
        return runs.stream()
                .flatMap(run -> run.faults().stream())
                .filter(fault -> !fault.applied())
                .count();
    }

    public long requests() {
        return runs.stream().mapToLong(RunResult::requests).sum();
    }

    public Map<Journey, JourneyStats> journeys() {
        Map<Journey, JourneyStats> total = new EnumMap<>(Journey.class);
        runs.forEach(
                run -> run.journeys().forEach((journey, stats) -> total.merge(journey, stats, JourneyStats::plus)));
        return total;
    }
}
