package io.shoplab.load;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import io.shoplab.load.groups.Reviewing;

/** Reviewers read a product's reviews, post one, and find it listed. */
public class ReviewSimulation extends Simulation {

    private final Config config = Config.fromSystemProperties();

    {
        setUp(scenario("reviewers").exec(Reviewing.review(config)).injectOpen(ArrivalProfile.of(config)))
                .protocols(ShopProtocol.of(config))
                .assertions(ServiceLevel.of(config))
                .maxDuration(ArrivalProfile.hardStop(config));
    }
}
