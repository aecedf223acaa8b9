package io.shoplab.lab.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import io.shoplab.lab.LabException;
import io.shoplab.lab.Polling;
import io.shoplab.lab.health.InstanceReach;
import io.shoplab.lab.health.ReadinessWait;

/**
 * Waits until new instances of a service are registered in Eureka and (for a service the gateway
 * routes to) have answered a request sent through the gateway: only then does scaling change anything.
 */
final class GatewayReachWait {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** Round-robin over N instances: a few requests per round reach each of them. */
    private static final int REQUESTS_PER_ROUND = 4;

    private final StateStore store;
    private final PrintStream out;
    private final Instant deadline;

    GatewayReachWait(StateStore store, PrintStream out, Instant deadline) {
        this.store = store;
        this.out = out;
        this.deadline = deadline;
    }

    void await(ShopService service, List<SpringBootApp> instances) {
        Instant start = Instant.now();
        String eureka = baseUrlOf(Stacks.DISCOVERY);
        String gateway = baseUrlOf(Stacks.GATEWAY);
        List<SpringBootApp> waiting = new ArrayList<>(instances);
        boolean allReached = Polling.until(
                () -> {
                    for (SpringBootApp instance : List.copyOf(waiting)) {
                        if (!InstanceReach.registered(eureka, service.serviceName(), instance.port())) {
                            continue;
                        }
                        if (service.publicPath().isEmpty()) {
                            out.printf(
                                    "%s registered in Eureka after %d s (the gateway never routes to %s; orders-service calls it)%n",
                                    instance.name(), seconds(start), service.serviceName());
                            waiting.remove(instance);
                        } else if (reachedThroughGateway(
                                instance, gateway + service.publicPath().orElseThrow())) {
                            out.printf(
                                    "%s registered and reached through the gateway after %d s%n",
                                    instance.name(), seconds(start));
                            waiting.remove(instance);
                        }
                    }
                    return waiting.isEmpty();
                },
                POLL_INTERVAL,
                deadline);
        if (!allReached) {
            throw ReadinessWait.failure(
                    "not reached through Eureka and the gateway in time: "
                            + String.join(
                                    ", ",
                                    waiting.stream().map(SpringBootApp::name).toList()),
                    List.of(store.load()
                            .find(Stacks.GATEWAY)
                            .orElseThrow()
                            .component()
                            .logFile()));
        }
    }

    private static boolean reachedThroughGateway(SpringBootApp instance, String url) {
        OptionalLong before = InstanceReach.publicRequestsServed(instance.managementUrl());
        for (int i = 0; i < REQUESTS_PER_ROUND; i++) {
            InstanceReach.send(url);
        }
        OptionalLong after = InstanceReach.publicRequestsServed(instance.managementUrl());
        // Without a metrics endpoint there is no proof to wait for; registration has to do.
        return before.isEmpty() || after.isEmpty() || after.getAsLong() > before.getAsLong();
    }

    private String baseUrlOf(String name) {
        RunningComponent running = store.load()
                .find(name)
                .filter(RunningComponent::isAlive)
                .orElseThrow(() -> new LabException(
                        name + " is not running: new instances cannot be found (" + "`shoplab start " + name + "`)"));
        return running.component().app().baseUrl();
    }

    private static long seconds(Instant start) {
        return Duration.between(start, Instant.now()).toSeconds();
    }
}
