package io.shoplab.lab.chaos;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.shoplab.lab.shopapi.Journey;

/**
 * The campaign's kills grouped by component: what share of each journey still succeeded while it was
 * down, how soon the users noticed, and how soon they were served again after the restart was ordered.
 *
 * @param component what was killed
 * @param kills how many times, over the campaign
 * @param whileDown journeys begun while it was down, summed over its kills
 * @param detect median time from the kill to the first failed request, and in how many kills nothing failed
 * @param recover median time from the restart order to the first success of every journey that had failed
 * @param restart median time from the restart order until it was ready
 * @param overlapping how many of its kills overlapped another fault
 */
public record BlastRadius(
        String component,
        int kills,
        Map<Journey, JourneyStats> whileDown,
        String detect,
        String recover,
        String restart,
        int overlapping) {

    public BlastRadius {
        whileDown = Map.copyOf(whileDown);
    }

    /** One row per killed component, in the order the targets name them. */
    static List<BlastRadius> of(List<KillImpact> impacts, List<String> order) {
        Map<String, List<KillImpact>> byComponent = new LinkedHashMap<>();
        order.forEach(component -> byComponent.put(component, new ArrayList<>()));
        impacts.forEach(impact -> byComponent
                .computeIfAbsent(impact.component(), component -> new ArrayList<>())
                .add(impact));
        List<BlastRadius> rows = new ArrayList<>();
        byComponent.forEach((component, kills) -> {
            if (kills.isEmpty()) {
                return;
            }
            Map<Journey, JourneyStats> whileDown = new EnumMap<>(Journey.class);
            kills.forEach(kill ->
                    kill.whileDown().forEach((journey, stats) -> whileDown.merge(journey, stats, JourneyStats::plus)));
            List<Long> detected = kills.stream()
                    .map(KillImpact::detectMillis)
                    .filter(Objects::nonNull)
                    .toList();
            List<Long> recovered = kills.stream()
                    .filter(kill -> kill.detectMillis() != null)
                    .map(KillImpact::recoverMillis)
                    .filter(Objects::nonNull)
                    .toList();
            int noFailure = kills.size() - detected.size();
            int notRecovered = detected.size() - recovered.size();
            String detect =
                    detected.isEmpty() ? "none" : median(detected) + (noFailure > 0 ? "; none in " + noFailure : "");
            String recover = detected.isEmpty()
                    ? "–"
                    : recovered.isEmpty()
                            ? "not seen"
                            : median(recovered) + (notRecovered > 0 ? "; not seen in " + notRecovered : "");
            List<Long> restarts = kills.stream()
                    .map(KillImpact::restartMillis)
                    .filter(Objects::nonNull)
                    .toList();
            rows.add(new BlastRadius(
                    component,
                    kills.size(),
                    whileDown,
                    detect,
                    recover,
                    restarts.isEmpty() ? "failed" : median(restarts),
                    (int) kills.stream()
                            .filter(kill -> !kill.overlapping().isEmpty())
                            .count()));
        });
        return rows;
    }

    private static String median(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        long middle = sorted.size() % 2 == 1
                ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format(Locale.ROOT, "%.1f s", middle / 1000.0);
    }
}
