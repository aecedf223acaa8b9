package io.shoplab.load;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.util.ArrayList;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.shoplab.load.endpoints.DegradedAnswers;
import io.shoplab.load.groups.Browsing;
import io.shoplab.load.groups.Ordering;
import io.shoplab.load.groups.Reviewing;

/**
 * A shop's day in one run: visitors, buyers and reviewers arrive side by side, splitting the
 * configured rate by {@code browseShare}, {@code orderShare} and {@code reviewShare} (percent).
 */
public class MixedSimulation extends Simulation {

    private final Config config = Config.fromSystemProperties();
    private final DegradedAnswers degradedAnswers = new DegradedAnswers();

    {
        var populations = new ArrayList<PopulationBuilder>();
        if (config.browseSharePercent() > 0) {
            populations.add(scenario("visitors")
                    .exec(Browsing.visit(config, degradedAnswers))
                    .injectOpen(ArrivalProfile.scaled(config, config.browseSharePercent())));
        }
        if (config.orderSharePercent() > 0) {
            populations.add(scenario("buyers")
                    .exec(Ordering.shop(config))
                    .injectOpen(ArrivalProfile.scaled(config, config.orderSharePercent())));
        }
        if (config.reviewSharePercent() > 0) {
            populations.add(scenario("reviewers")
                    .exec(Reviewing.review(config))
                    .injectOpen(ArrivalProfile.scaled(config, config.reviewSharePercent())));
        }
        if (populations.isEmpty()) {
            throw new IllegalArgumentException("browseShare, orderShare and reviewShare are all 0: nothing to run");
        }
        setUp(populations)
                .protocols(ShopProtocol.of(config))
                .assertions(ServiceLevel.of(config))
                .maxDuration(ArrivalProfile.hardStop(config));
    }

    @Override
    public void after() {
        System.out.println(degradedAnswers.summary());
    }
}
