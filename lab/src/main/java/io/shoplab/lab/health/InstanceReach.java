package io.shoplab.lab.health;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

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

    private InstanceReach() {}

    /** True if Eureka lists an instance of the application on that port with status UP. */
    public static boolean registered(String eurekaBase, String application, int port) {
        String url = eurekaBase + "/eureka/apps/" + application.toUpperCase(Locale.ROOT);
        return Probes.get(url, "application/json", TIMEOUT)
                .map(body -> listsUpInstance(body, port))
                .orElse(false);
    }

    /** True if Eureka lists an instance of the application at that address and port with status UP (replicas share the port). */
    public static boolean registered(String eurekaBase, String application, String ipAddress, int port) {
        String url = eurekaBase + "/eureka/apps/" + application.toUpperCase(Locale.ROOT);
        return Probes.get(url, "application/json", TIMEOUT)
                .map(body -> listsUpInstance(body, ipAddress, port))
                .orElse(false);
    }

    /** Requests to public paths the instance has answered, asked on its management URL; empty without Prometheus metrics. */
    public static OptionalLong publicRequestsServed(String managementUrl) {
        return Probes.get(managementUrl + "/actuator/prometheus", "text/plain", TIMEOUT)
                .map(InstanceReach::countPublicRequests)
                .orElse(OptionalLong.empty());
    }

    /** Sends one GET and ignores the answer: only its arrival at some instance matters. */
    public static void send(String url) {
        Probes.get(url, "application/json", TIMEOUT);
    }

    static boolean listsUpInstance(String eurekaJson, int port) {
        JsonNode instances = JSON.readTree(eurekaJson).path("application").path("instance");
        Iterable<JsonNode> each = instances.isArray() ? instances : List.of(instances);
        for (JsonNode instance : each) {
            if (instance.path("port").path("$").asInt() == port
                    && "UP".equals(instance.path("status").asString())) {
                return true;
            }
        }
        return false;
    }

    static boolean listsUpInstance(String eurekaJson, String ipAddress, int port) {
        JsonNode instances = JSON.readTree(eurekaJson).path("application").path("instance");
        Iterable<JsonNode> each = instances.isArray() ? instances : List.of(instances);
        for (JsonNode instance : each) {
            if (instance.path("port").path("$").asInt() == port
                    && ipAddress.equals(instance.path("ipAddr").asString())
                    && "UP".equals(instance.path("status").asString())) {
                return true;
            }
        }
        return false;
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
