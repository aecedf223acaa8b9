package io.shoplab.load;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import io.shoplab.load.groups.Ordering;

/** Buyers place orders (some idempotent and replayed, some on scarce stock or declined cards) and read them back. */
public class OrderSimulation extends Simulation {

    private final Config config = Config.fromSystemProperties();

    {
        setUp(scenario("buyers").exec(Ordering.shop(config)).injectOpen(ArrivalProfile.of(config)))
                .protocols(ShopProtocol.of(config))
                .assertions(ServiceLevel.of(config))
                .maxDuration(ArrivalProfile.hardStop(config));
    }
}
