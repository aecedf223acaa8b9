package io.shoplab.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.shoplab.load.endpoints.DegradedAnswers;
import io.shoplab.load.groups.SingleRequests;

/**
 * The capacity probe of {@code ./shoplab bench}: one kind of request ({@code -Dtarget=product|listing|order}),
 * one per arriving user, open model, at rates stepped up ({@code -Drates=40,50,63} users per second,
 * each for {@code -DstepSeconds}). The lab reads the events file as it grows, judges each step against
 * its service level once the step's answers are in, and ends the run at the first step that breaks it.
 * Every latency is timed from the user's arrival (see {@code RequestEvents.arrived}).
 *
 * <p>With {@code -DinFlight=8 -Dseconds=120} it is the benchmark's warm-up instead: a closed loop, that many
 * requests always in flight, each answer replaced by a new request at once, so the load runs at whatever the
 * stack can do, cold or warm. The lab ends it once the throughput stops rising.
 */
public class CapacitySimulation extends Simulation {

    private final Config config = Config.fromSystemProperties();
    private final DegradedAnswers degradedAnswers = new DegradedAnswers();

    {
        SingleRequests target = SingleRequests.named(System.getProperty("target", "product"));
        var scenario = scenario("capacity " + target.name().toLowerCase()).exec(target.chain(config, degradedAnswers));
        String inFlight = System.getProperty("inFlight");
        if (inFlight != null) {
            long seconds = Long.parseLong(System.getProperty("seconds", "60"));
            run(
                    scenario.injectClosed(
                            constantConcurrentUsers(Integer.parseInt(inFlight)).during(seconds)),
                    seconds);
        } else {
            int stepSeconds = Integer.parseInt(System.getProperty("stepSeconds", "10"));
            List<OpenInjectionStep> steps = rates().stream()
                    .map(rate -> (OpenInjectionStep) constantUsersPerSec(rate).during(stepSeconds))
                    .toList();
            run(scenario.injectOpen(steps), (long) steps.size() * stepSeconds);
        }
    }

    private void run(PopulationBuilder population, long seconds) {
        setUp(population)
                .protocols(ShopProtocol.of(config))
                // users still waiting for an answer when the load ends get the request timeout, then the run is cut
                .maxDuration(Duration.ofSeconds(seconds + 15));
    }

    private static List<Double> rates() {
        return Arrays.stream(System.getProperty("rates", "50").split(","))
                .map(String::trim)
                .map(Double::parseDouble)
                .toList();
    }
}
