package io.shoplab.lab.containers;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import io.shoplab.lab.Polling;
import io.shoplab.lab.health.InstanceReach;
import io.shoplab.lab.stack.ShopService;

/**
 * Waits until new containers of a service are registered in Eureka (under their own address: replicas
 * share the port) and, for a service the gateway routes to, have answered a request sent through the
 * gateway — as the local lab does for its new instances.
 */
final class ContainerReach {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** Round-robin over N instances: a few requests per round reach each of them. */
    private static final int REQUESTS_PER_ROUND = 4;

    private final ContainerReadiness readiness;
    private final PrintStream out;

    ContainerReach(ContainerReadiness readiness, PrintStream out) {
        this.readiness = readiness;
        this.out = out;
    }

    void await(ShopService service, String eurekaBase, String gatewayBase, List<ContainerPart> instances, Instant deadline) {
        Instant start = Instant.now();
        List<ContainerPart> waiting = new ArrayList<>(instances);
        boolean allReached = Polling.until(() -> {
            for (ContainerPart instance : List.copyOf(waiting)) {
                String address = instance.host().orElse("");
                if (!InstanceReach.registered(eurekaBase, service.serviceName(), address, instance.port())) {
                    continue;
                }
                if (service.publicPath().isEmpty()) {
                    out.printf("%s registered in Eureka after %d s (the gateway never routes to %s; orders-service calls it)%n",
                            instance.name(), seconds(start), service.serviceName());
                    waiting.remove(instance);
                } else if (reachedThroughGateway(instance, gatewayBase + service.publicPath().orElseThrow())) {
                    out.printf("%s registered and reached through the gateway after %d s%n", instance.name(), seconds(start));
                    waiting.remove(instance);
                }
            }
            return waiting.isEmpty();
        }, POLL_INTERVAL, deadline);
        if (!allReached) {
            throw readiness.failure("not reached through Eureka and the gateway in time: "
                    + String.join(", ", waiting.stream().map(ContainerPart::name).toList()), waiting);
        }
    }

    private static boolean reachedThroughGateway(ContainerPart instance, String url) {
        String base = instance.app().managementUrl();
        OptionalLong before = InstanceReach.publicRequestsServed(base);
        for (int i = 0; i < REQUESTS_PER_ROUND; i++) {
            InstanceReach.send(url);
        }
        OptionalLong after = InstanceReach.publicRequestsServed(base);
        // Without a metrics endpoint there is no proof to wait for; registration has to do.
        return before.isEmpty() || after.isEmpty() || after.getAsLong() > before.getAsLong();
    }

    private static long seconds(Instant start) {
        return Duration.between(start, Instant.now()).toSeconds();
    }
}
