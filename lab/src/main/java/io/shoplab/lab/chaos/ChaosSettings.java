package io.shoplab.lab.chaos;

import java.time.Duration;

import io.shoplab.lab.LabException;

/**
 * A campaign's knobs.
 *
 * @param stack {@code monolith} or {@code microservices}
 * @param runs how many runs, each with its own schedule
 * @param seed with the run's number, the whole schedule and every customer's sequence of journeys
 * @param runDuration how long each run's faulty load lasts (it goes on while a killed component restarts)
 * @param clients virtual customers, each a thread
 * @param rate journeys begun per second by all customers together
 * @param quietTimeout how long the shop may take to settle after the heal before the checks run anyway
 * @param keepGoing go on after a run that broke an invariant (by default the campaign stops there: the
 *                  shop's state is no longer one the next runs can be checked against)
 */
public record ChaosSettings(
        String stack,
        int runs,
        long seed,
        Duration runDuration,
        int clients,
        double rate,
        Duration quietTimeout,
        boolean keepGoing) {

    public ChaosSettings {
        ChaosTargets.of(stack);
        if (runs < 1 || clients < 1 || !(rate > 0)) {
            throw new LabException("--runs and --clients must be at least 1 and --rate above 0");
        }
        if (runDuration.compareTo(Schedule.SHORTEST_LOAD) < 0) {
            throw new LabException("--run-duration must be at least " + Schedule.SHORTEST_LOAD.toSeconds() + "s");
        }
    }
}
