package io.shoplab.load;

import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;

import java.util.List;

import io.gatling.javaapi.core.Assertion;

/** What a run must meet to pass: performance targets live here, never in unit tests. */
public final class ServiceLevel {

    private ServiceLevel() {}

    public static List<Assertion> of(Config config) {
        return List.of(
                // per request name, so a rare call that always fails is not hidden by the frequent ones
                forAll().failedRequests().percent().lte(config.maxFailedPercent()),
                global().responseTime().percentile(99.0).lte(config.maxP99Millis()),
                // a run that sent nothing must not pass
                global().successfulRequests().count().gt(0L));
    }
}
