package io.shoplab.lab.stack;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.shoplab.lab.LabException;
import io.shoplab.lab.health.InstanceReach;
import io.shoplab.lab.health.ReadinessWait;

/**
 * Waits until new instances of a service are registered in Eureka and (for a service the gateway
 * routes to) have answered a request sent through the gateway: only then does scaling change anything.
 */
final class GatewayReachWait {

    private final StateStore store;
    private final PrintStream out;
    private final Instant deadline;

    GatewayReachWait(StateStore store, PrintStream out, Instant deadline) {
        this.store = store;
        this.out = out;
        this.deadline = deadline;
    }

    void await(ShopService service, List<SpringBootApp> instances) {
        List<String> notReached = InstanceReach.awaitReached(
                service.serviceName(),
                service.publicPath(),
                baseUrlOf(Stacks.DISCOVERY),
                baseUrlOf(Stacks.GATEWAY),
                instances.stream()
                        .map(instance -> new InstanceReach.NewInstance(
                                instance.name(), Optional.empty(), instance.port(), instance.managementUrl()))
                        .toList(),
                deadline,
                out);
        if (!notReached.isEmpty()) {
            throw ReadinessWait.failure(
                    "not reached through Eureka and the gateway in time: " + String.join(", ", notReached),
                    List.of(store.load()
                            .find(Stacks.GATEWAY)
                            .orElseThrow()
                            .component()
                            .logFile()));
        }
    }

    private String baseUrlOf(String name) {
        RunningComponent running = store.load()
                .find(name)
                .filter(RunningComponent::isAlive)
                .orElseThrow(() -> new LabException(
                        name + " is not running: new instances cannot be found (" + "`shoplab start " + name + "`)"));
        return running.component().app().baseUrl();
    }
}
