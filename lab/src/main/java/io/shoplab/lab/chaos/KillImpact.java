package io.shoplab.lab.chaos;

import java.util.List;
import java.util.Map;

import io.shoplab.lab.shopapi.Journey;

/**
 * What one kill did to the users: the blast radius of the component, measured in one run.
 *
 * @param run the run
 * @param fault the fault's number in the run
 * @param component what was killed
 * @param downMillis from the kill until it answered again (or the run's end when it did not)
 * @param whileDown the journeys begun while it was down, by kind
 * @param detectMillis from the kill to the first failed request; {@code null} when none failed
 * @param recoverMillis from the restart order to the first success of every journey kind that failed while
 *                      it was down; 0 when none failed; {@code null} when one never succeeded again in the run
 * @param restartMillis from the restart order until it was ready; {@code null} when the restart failed
 * @param overlapping the other faults in effect meanwhile, which share the blame
 */
public record KillImpact(
        int run,
        int fault,
        String component,
        long downMillis,
        Map<Journey, JourneyStats> whileDown,
        Long detectMillis,
        Long recoverMillis,
        Long restartMillis,
        List<String> overlapping) {

    public KillImpact {
        whileDown = Map.copyOf(whileDown);
        overlapping = List.copyOf(overlapping);
    }
}
