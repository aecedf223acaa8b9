package io.shoplab.lab.containers;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.shoplab.lab.LabException;
import io.shoplab.lab.Polling;
import io.shoplab.lab.health.Health;
import io.shoplab.lab.health.InstanceReach;
import io.shoplab.lab.health.ReadinessWait;
import io.shoplab.lab.health.WaitProgress;
import io.shoplab.lab.stack.ShopService;

/**
 * Polls started containers until each is ready, as {@link ReadinessWait} does for processes: the same
 * probes (the app's readiness group, PostgreSQL's last database) at the address the lab reaches each
 * by, failing with the log tail of a container that stopped or was still not ready at the deadline;
 * then, for new replicas of a service, until Eureka and the gateway reach them.
 */
final class ContainerReadiness {

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final Supplier<ContainerParts> parts;
    private final Docker docker;
    private final PrintStream out;

    ContainerReadiness(Supplier<ContainerParts> parts, Docker docker, PrintStream out) {
        this.parts = parts;
        this.docker = docker;
        this.out = out;
    }

    /** Returns once every named container answers UP. */
    void await(List<String> names, Instant deadline) {
        WaitProgress progress = new WaitProgress();
        List<String> waiting = new ArrayList<>(names);
        List<String> ready = new ArrayList<>();
        Map<String, String> answers = new LinkedHashMap<>();
        boolean allUp = Polling.until(
                () -> {
                    ContainerParts now = parts.get();
                    answers.clear();
                    for (String name : List.copyOf(waiting)) {
                        Optional<ContainerPart> part = now.find(name);
                        if (part.isEmpty()) {
                            answers.put(name, "NO CONTAINER");
                            continue;
                        }
                        if (!part.get().isAlive()) {
                            throw failure(
                                    part.get().name() + " (container "
                                            + part.get().container().shortId() + ") stopped before it was ready",
                                    List.of(part.get()));
                        }
                        Health health = part.get().health().orElse(Health.UNREACHABLE);
                        if (health == Health.UP) {
                            waiting.remove(name);
                            ready.add(name);
                            out.printf(
                                    "%s is UP after %d s (%s)%n",
                                    name, progress.seconds(), part.get().address());
                        } else {
                            answers.put(name, health.name());
                        }
                    }
                    if (!waiting.isEmpty() && progress.due()) {
                        out.printf(
                                "  %d s: %swaiting for %s%n",
                                progress.seconds(),
                                ready.isEmpty() ? "" : "up " + String.join(", ", ready) + "; ",
                                ReadinessWait.describe(answers));
                    }
                    return waiting.isEmpty();
                },
                POLL_INTERVAL,
                deadline);
        if (!allUp) {
            ContainerParts now = parts.get();
            throw failure(
                    "not ready in time: " + ReadinessWait.describe(answers)
                            + "; still running, `shoplab down` stops them",
                    waiting.stream().flatMap(name -> now.find(name).stream()).toList());
        }
    }

    /**
     * Returns once new containers of a service are registered in Eureka (under their own address: replicas
     * share the port) and, for a service the gateway routes to, have answered a request sent through the
     * gateway, as the local lab waits for its new instances.
     */
    void awaitReached(
            ShopService service,
            String eurekaBase,
            String gatewayBase,
            List<ContainerPart> instances,
            Instant deadline) {
        List<String> notReached = InstanceReach.awaitReached(
                service.serviceName(),
                service.publicPath(),
                eurekaBase,
                gatewayBase,
                instances.stream()
                        .map(instance -> new InstanceReach.NewInstance(
                                instance.name(),
                                Optional.of(instance.host().orElse("")),
                                instance.port(),
                                instance.app().managementUrl()))
                        .toList(),
                deadline,
                out);
        if (!notReached.isEmpty()) {
            throw failure(
                    "not reached through Eureka and the gateway in time: " + String.join(", ", notReached),
                    instances.stream()
                            .filter(instance -> notReached.contains(instance.name()))
                            .toList());
        }
    }

    /** The message, then the last lines each container logged. */
    private LabException failure(String message, List<ContainerPart> containers) {
        StringBuilder text = new StringBuilder(message);
        int lines = Math.max(10, 30 / Math.max(1, containers.size()));
        for (ContainerPart part : containers) {
            text.append("\n--- last lines of ")
                    .append(part.name())
                    .append(" (docker logs ")
                    .append(part.container().shortId())
                    .append(") ---\n")
                    .append(docker.logTail(part.container().id(), lines));
        }
        return new LabException(text.toString());
    }
}
