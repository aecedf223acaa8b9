package io.shoplab.lab.health;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import io.shoplab.lab.Polling;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a started service instance takes part: registered UP in Eureka, and answering requests
 * that came through the gateway. The proof of the latter is the instance's own request counter for
 * public paths ({@code uri="/api/…"} in {@code /actuator/prometheus}) going up while the lab sends
 * requests through the gateway; other services' calls use internal paths and do not count.
 */
public final class InstanceReach {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COUNTER = "http_server_requests_seconds_count{";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** Round-robin over N instances: a few requests per round reach each of them. */
    private static final int REQUESTS_PER_ROUND = 4;

    private InstanceReach() {}

    /**
     * A new instance of a service, to be reached.
     *
     * @param name what the progress lines call it
     * @param address the address Eureka lists it under, where replicas share a port (containers); empty where each
     *                instance has a port of its own
     * @param port its port
     * @param managementUrl where its metrics are
     */
    public record NewInstance(String name, Optional<String> address, int port, String managementUrl) {}

    /**
     * Waits until each new instance is registered in Eureka and, for a service the gateway routes to (one with a public
     * path), has answered a request sent through the gateway: only then does scaling change anything. The same wait for
     * local processes and containers.
     *
     * @return the names of those not reached by the deadline; empty when all were
     */
    public static List<String> awaitReached(
            String serviceName,
            Optional<String> publicPath,
            String eurekaBase,
            String gatewayBase,
            List<NewInstance> instances,
            Instant deadline,
            PrintStream out) {
        Instant start = Instant.now();
        List<NewInstance> waiting = new ArrayList<>(instances);
        Polling.until(
                () -> {
                    for (NewInstance instance : List.copyOf(waiting)) {
                        if (!registered(eurekaBase, serviceName, instance.address(), instance.port())) {
                            continue;
                        }
                        long seconds = Duration.between(start, Instant.now()).toSeconds();
                        if (publicPath.isEmpty()) {
                            out.printf(
                                    "%s registered in Eureka after %d s (the gateway never routes to %s; orders-service calls it)%n",
                                    instance.name(), seconds, serviceName);
                            waiting.remove(instance);
                        } else if (reachedThroughGateway(instance, gatewayBase + publicPath.get())) {
                            out.printf(
                                    "%s registered and reached through the gateway after %d s%n",
                                    instance.name(), seconds);
                            waiting.remove(instance);
                        }
                    }
                    return waiting.isEmpty();
                },
                POLL_INTERVAL,
                deadline);
        return waiting.stream().map(NewInstance::name).toList();
    }

    private static boolean reachedThroughGateway(NewInstance instance, String url) {
        OptionalLong before = publicRequestsServed(instance.managementUrl());
        for (int i = 0; i < REQUESTS_PER_ROUND; i++) {
            send(url);
        }
        OptionalLong after = publicRequestsServed(instance.managementUrl());
        // Without a metrics endpoint there is no proof to wait for; registration has to do.
        return before.isEmpty() || after.isEmpty() || after.getAsLong() > before.getAsLong();
    }

    /**
     * True if Eureka lists an instance of the application on that port with status UP; at that address too where one
     * is given (replicas in containers share the port).
     */
    private static boolean registered(String eurekaBase, String application, Optional<String> ipAddress, int port) {
        String url = eurekaBase + "/eureka/apps/" + application.toUpperCase(Locale.ROOT);
        return Probes.get(url, "application/json", TIMEOUT)
                .map(body -> listsUpInstance(body, ipAddress, port))
                .orElse(false);
    }

    /** Requests to public paths the instance has answered, asked on its management URL; empty without Prometheus metrics. */
    private static OptionalLong publicRequestsServed(String managementUrl) {
        return Probes.get(managementUrl + "/actuator/prometheus", "text/plain", TIMEOUT)
                .map(InstanceReach::countPublicRequests)
                .orElse(OptionalLong.empty());
    }

    /** Sends one GET and ignores the answer: only its arrival at some instance matters. */
    private static void send(String url) {
        Probes.get(url, "application/json", TIMEOUT);
    }

    static boolean listsUpInstance(String eurekaJson, Optional<String> ipAddress, int port) {
        JsonNode instances = JSON.readTree(eurekaJson).path("application").path("instance");
        return (instances.isArray() ? instances.valueStream() : Stream.of(instances))
                .anyMatch(instance -> instance.path("port").path("$").asInt() == port
                        && ipAddress
                                .map(address ->
                                        address.equals(instance.path("ipAddr").asString()))
                                .orElse(true)
                        && "UP".equals(instance.path("status").asString()));
    }

    static OptionalLong countPublicRequests(String prometheusText) {
        double total = prometheusText
                .lines()
                .filter(line -> line.startsWith(COUNTER) && line.contains("uri=\"/api/"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
        return OptionalLong.of((long) total);
    }
}
