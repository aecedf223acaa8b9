package io.shoplab.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.OpenInjectionStep;

/**
 * Open-model injection: new users arrive at a rate, whatever the server's speed, so latency under
 * faults is measured without coordinated omission. A ramp warms the JIT and pools first.
 */
public final class ArrivalProfile {

    private ArrivalProfile() {}

    /** The whole configured rate. */
    public static List<OpenInjectionStep> of(Config config) {
        return scaled(config, 100);
    }

    /** A share (0..100 %) of the configured rate, for one population of a blended simulation. */
    public static List<OpenInjectionStep> scaled(Config config, int sharePercent) {
        double rate = config.usersPerSec() * sharePercent / 100.0;
        var steps = new ArrayList<OpenInjectionStep>();
        if (config.rampSeconds() > 0) {
            steps.add(rampUsersPerSec(Math.min(1.0, rate)).to(rate).during(config.rampSeconds()));
        }
        steps.add(constantUsersPerSec(rate).during(config.durationSeconds()));
        return steps;
    }

    /** Arrivals stop after ramp + duration; users still in flight are cut at this bound, so every run ends. */
    public static Duration hardStop(Config config) {
        return Duration.ofSeconds(config.maxDurationSeconds());
    }
}
