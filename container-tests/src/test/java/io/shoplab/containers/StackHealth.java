package io.shoplab.containers;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * Waits until every container of the project reports healthy (its Compose healthcheck), asking the
 * engine's API. A container that exits ends the wait at once, with its log's tail; an unhealthy one may
 * still recover (a slow start past the start period), so only the timeout ends the wait for it.
 */
final class StackHealth {

    private static final Duration POLL = Duration.ofSeconds(3);
    private static final Duration PROGRESS = Duration.ofSeconds(30);

    private final ContainerEngine engine;
    private final ComposeProject compose;

    StackHealth(ContainerEngine engine, ComposeProject compose) {
        this.engine = engine;
        this.compose = compose;
    }

    void awaitHealthy(List<String> services, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS.toNanos();
        Map<String, String> states = Map.of();
        while (System.nanoTime() < deadline) {
            states = states(services);
            List<String> broken = states.entrySet().stream()
                    .filter(state -> state.getValue().startsWith("exited"))
                    .map(Map.Entry::getKey).toList();
            if (!broken.isEmpty()) {
                throw new IllegalStateException("Containers failed: " + states + "\n" + logsOf(broken));
            }
            if (states.values().stream().allMatch("healthy"::equals)) {
                return;
            }
            if (System.nanoTime() > nextProgress) {
                System.out.println("container stack: waiting for health: " + states);
                nextProgress = System.nanoTime() + PROGRESS.toNanos();
            }
            sleep(POLL);
        }
        List<String> late = states.entrySet().stream().filter(state -> !state.getValue().equals("healthy"))
                .map(Map.Entry::getKey).toList();
        throw new IllegalStateException("Not healthy after " + timeout.toSeconds() + " s: " + states + "\n" + logsOf(late));
    }

    /** Service name → health (or state, for a container without a healthcheck or not running); "missing" if none. */
    private Map<String, String> states(List<String> services) {
        Map<String, String> states = new TreeMap<>();
        services.forEach(service -> states.put(service, "missing"));
        try {
            for (JsonNode container : engine.containersOf(compose.name())) {
                String service = container.path("Labels").path("com.docker.compose.service").asString();
                JsonNode state = engine.inspect(container.path("Id").asString()).path("State");
                String status = state.path("Status").asString();
                String health = state.path("Health").path("Status").asString("");
                states.put(service, status.equals("running") && !health.isEmpty() ? health
                        : status + (status.equals("exited") ? " " + state.path("ExitCode").asInt() : ""));
            }
        } catch (IOException e) {
            services.forEach(service -> states.put(service, "unknown (" + e.getMessage() + ")"));
        }
        return states;
    }

    private String logsOf(List<String> services) {
        StringBuilder logs = new StringBuilder();
        for (String service : services) {
            try {
                compose.run(Duration.ofMinutes(1), "logs", "--no-color", "--tail=60", service);
                logs.append(compose.logTail(62)).append('\n');
            } catch (RuntimeException e) {
                logs.append("(no logs of ").append(service).append(": ").append(e.getMessage()).append(")\n");
            }
        }
        return logs.toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the stack", e);
        }
    }
}
