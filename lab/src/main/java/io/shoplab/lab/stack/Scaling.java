package io.shoplab.lab.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.health.InstanceReach;
import io.shoplab.lab.health.ReadinessWait;
import io.shoplab.lab.process.Ports;

/**
 * Runs N instances of an app: more instances of the first one's configuration on free ports
 * ({@code catalog-service-2}, {@code monolith-2}, {@code gateway-2}), or fewer by stopping the highest-numbered ones.
 */
public final class Scaling {

    private final LabLayout layout;
    private final StateStore store;
    private final ComponentControl control;
    private final PrintStream out;

    public Scaling(LabLayout layout, StateStore store, ComponentControl control, PrintStream out) {
        this.layout = layout;
        this.store = store;
        this.control = control;
        this.out = out;
    }

    /** Returns the instances running afterwards, first one first. */
    public List<RunningComponent> scale(String service, int count, Duration timeout) {
        Optional<ShopService> shopService = ShopService.named(service);
        if (!Stacks.MONOLITH.equals(service) && !Stacks.GATEWAY.equals(service) && shopService.isEmpty()) {
            throw new LabException(
                    "scale takes monolith, gateway or a service: catalog-service, reviews-service, inventory-service,"
                            + " orders-service, payments-service (not '" + service + "')");
        }
        if (count < 1) {
            throw new LabException(
                    "at least 1 instance; `shoplab kill " + service + "` or `shoplab down` stop the first");
        }
        Instant deadline = Instant.now().plus(timeout);
        RunningComponent first = instances(service).stream()
                .filter(running -> running.component().app().instance() == 1)
                .filter(RunningComponent::isAlive)
                .findFirst()
                .orElseThrow(
                        () -> new LabException(service + " is not running; start its stack first (./shoplab up ...)"));
        instances(service).stream()
                .filter(running -> running.component().app().instance() > count)
                .sorted(Comparator.comparingInt((RunningComponent running) ->
                                running.component().app().instance())
                        .reversed())
                .forEach(control::stop);
        List<Component> added = newInstances(first.component(), count);
        control.startAll(added, deadline);
        // A gateway needs no wait of its own: it is ready once it has its routes, and nothing routes to it.
        if (shopService.isPresent() && !added.isEmpty()) {
            awaitReached(shopService.get(), added.stream().map(Component::app).toList(), deadline);
        }
        return instances(service).stream().filter(RunningComponent::isAlive).toList();
    }

    /** Configured as the first, on the same budget (each instance a node of its own). */
    private List<Component> newInstances(Component firstComponent, int count) {
        SpringBootApp first = firstComponent.app();
        Set<Integer> running = instances(first.service()).stream()
                .filter(RunningComponent::isAlive)
                .map(instance -> instance.component().app().instance())
                .collect(Collectors.toSet());
        Set<Integer> portsTaken = new HashSet<>();
        List<Component> added = new ArrayList<>();
        for (int number = 2; number <= count; number++) {
            if (!running.contains(number)) {
                added.add(first.withInstance(number, Ports.findFree(portsTaken), Ports.findFree(portsTaken))
                        .toComponent(layout)
                        .withBudget(firstComponent.budget()));
            }
        }
        return added;
    }

    /**
     * Waits until new instances of a service are registered in Eureka and (for a service the gateway
     * routes to) have answered a request sent through the gateway: only then does scaling change anything.
     */
    private void awaitReached(ShopService service, List<SpringBootApp> instances, Instant deadline) {
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

    private List<RunningComponent> instances(String service) {
        return store.load().components().stream()
                .filter(running -> running.component().runs(service))
                .sorted(Comparator.comparingInt(
                        running -> running.component().app().instance()))
                .toList();
    }
}
