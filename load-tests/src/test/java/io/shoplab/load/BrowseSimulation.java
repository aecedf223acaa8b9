package io.shoplab.load;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import io.shoplab.load.endpoints.DegradedAnswers;
import io.shoplab.load.groups.Browsing;

/** Visitors read catalog pages and open product pages (hot products more often). */
public class BrowseSimulation extends Simulation {

    private final Config config = Config.fromSystemProperties();
    private final DegradedAnswers degradedAnswers = new DegradedAnswers();

    {
        setUp(scenario("visitors").exec(Browsing.visit(config, degradedAnswers)).injectOpen(ArrivalProfile.of(config)))
                .protocols(ShopProtocol.of(config))
                .assertions(ServiceLevel.of(config))
                .maxDuration(ArrivalProfile.hardStop(config));
    }

    @Override
    public void after() {
        System.out.println(degradedAnswers.summary());
    }
}
