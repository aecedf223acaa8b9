package io.shoplab.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;
import io.shoplab.load.endpoints.DegradedAnswers;
import io.shoplab.load.groups.SingleRequests;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The capacity probe of {@code ./shoplab bench}: one kind of request ({@code -Dtarget=product|listing|order}),
 * one per arriving user, open model, at rates stepped up ({@code -Drates=40,50,63} users per second,
 * each for {@code -DstepSeconds}). The lab reads the events file as it grows, judges each step against
 * its service level once the step's answers are in, and ends the run at the first step that breaks it.
 * Every latency is timed from the user's arrival (see {@code RequestEvents.arrived}).
 */
public class CapacitySimulation extends Simulation {

    private final Config config = Config.fromSystemProperties();
    private final DegradedAnswers degradedAnswers = new DegradedAnswers();

    {
        SingleRequests target = SingleRequests.named(System.getProperty("target", "product"));
        int stepSeconds = Integer.parseInt(System.getProperty("stepSeconds", "10"));
        List<OpenInjectionStep> steps = rates().stream()
                .map(rate -> (OpenInjectionStep) constantUsersPerSec(rate).during(stepSeconds)).toList();
        setUp(scenario("capacity " + target.name().toLowerCase()).exec(target.chain(config, degradedAnswers)).injectOpen(steps))
                .protocols(ShopProtocol.of(config))
                // users still waiting for an answer when the last step ends get the request timeout, then the run is cut
                .maxDuration(Duration.ofSeconds((long) steps.size() * stepSeconds + 15));
    }

    private static List<Double> rates() {
        return Arrays.stream(System.getProperty("rates", "50").split(",")).map(String::trim).map(Double::parseDouble).toList();
    }
}
