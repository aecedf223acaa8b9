package io.shoplab.lab.chaos;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.shoplab.lab.invariants.Finding;
import io.shoplab.lab.shopapi.Journey;
import io.shoplab.lab.shopapi.RequestRecord;

/**
 * One run, done and checked. Times are epoch milliseconds.
 *
 * @param run 1, 2, …
 * @param schedule the faults planned
 * @param startMillis when the load began (second 0 of the run's timeline)
 * @param loadEndMillis when the last journey ended
 * @param endMillis when the checks were done
 * @param quietMillis how long the shop took to settle after the heal
 * @param faults what happened of the schedule
 * @param journeys by kind, over the whole run
 * @param requests every request sent, retries included
 * @param kills the blast radius of each kill
 * @param placedWithoutAnswer orders that exist although the client never got a 201 for their key (it gave up
 *                            after failures; the order was placed meanwhile or finished by the saga's recovery)
 * @param violations broken invariants; none when the run passed
 * @param notTested why the run tested less than it should: no order acknowledged CONFIRMED (the checks had nothing
 *                  of the run's to check), a fault of the schedule never applied; none when it tested it all
 * @param history the run's {@code history.jsonl}, relative to the campaign's report directory
 * @param records the requests themselves (in the history file, not in the report's data)
 */
public record RunResult(
        int run,
        Schedule schedule,
        long startMillis,
        long loadEndMillis,
        long endMillis,
        long quietMillis,
        List<AppliedFault> faults,
        Map<Journey, JourneyStats> journeys,
        long requests,
        List<KillImpact> kills,
        long placedWithoutAnswer,
        List<Finding> violations,
        List<String> notTested,
        String history,
        @JsonIgnore List<RequestRecord> records) {

    public RunResult {
        faults = List.copyOf(faults);
        journeys = Map.copyOf(journeys);
        kills = List.copyOf(kills);
        violations = List.copyOf(violations);
        notTested = List.copyOf(notTested);
        records = List.copyOf(records);
    }

    /** Nothing broken, and everything it was to test tested: a run with nothing to check passes nothing. */
    public boolean passed() {
        return violations.isEmpty() && notTested.isEmpty();
    }

    public long tookMillis() {
        return endMillis - startMillis;
    }
}
