package io.shoplab.lab.containers;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One container of the project as {@code docker inspect} shows it.
 *
 * @param id the full container id
 * @param service the Compose service it runs
 * @param number its number within the service (Compose's, or the lab's label on a one-off instance)
 * @param oneOff whether it is a one-off container of its service (the monolith's extra instances, which the lab runs alike)
 * @param running whether it runs now
 * @param paused whether {@code docker pause} froze it (it still counts as running)
 * @param pid the host PID of its main process as the engine knows it (0 when stopped); the engine's own
 *            namespace, which may be a virtual machine's
 * @param startedAt when it last started, if known
 * @param ipAddress its address on the project's network; empty when stopped
 * @param publishedPorts host port by container port, on 127.0.0.1
 * @param image the image it runs, as Compose named it
 * @param environment its variables ({@code NAME=value})
 * @param network the project network it is attached to
 * @param init whether it runs under an init process (Compose's {@code init: true})
 * @param memoryBytes its memory limit, 0 if none
 * @param nanoCpus its CPU quota in billionths of a core (Compose's {@code cpus}), 0 if none
 */
public record ContainerInfo(
        String id,
        String service,
        int number,
        boolean oneOff,
        boolean running,
        boolean paused,
        long pid,
        Optional<Instant> startedAt,
        Optional<String> ipAddress,
        Map<Integer, Integer> publishedPorts,
        String image,
        List<String> environment,
        String network,
        boolean init,
        long memoryBytes,
        long nanoCpus) {

    static final String SERVICE_LABEL = "com.docker.compose.service";
    static final String NUMBER_LABEL = "com.docker.compose.container-number";
    static final String ONE_OFF_LABEL = "com.docker.compose.oneoff";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ContainerInfo {
        publishedPorts = Map.copyOf(publishedPorts);
        environment = List.copyOf(environment);
    }

    /** Every container {@code docker inspect} described, in its order. */
    static List<ContainerInfo> parse(String inspectJson) {
        List<ContainerInfo> containers = new ArrayList<>();
        for (JsonNode container : JSON.readTree(inspectJson)) {
            JsonNode labels = container.path("Config").path("Labels");
            boolean oneOff = "true".equalsIgnoreCase(labels.path(ONE_OFF_LABEL).asString(""));
            int number = oneOff
                    ? labels.path(Compose.INSTANCE_LABEL).asInt(0)
                    : labels.path(NUMBER_LABEL).asInt(1);
            JsonNode state = container.path("State");
            boolean running = state.path("Running").asBoolean(false);
            JsonNode environment = container.path("Config").path("Env");
            containers.add(new ContainerInfo(
                    container.path("Id").asString(),
                    labels.path(SERVICE_LABEL).asString(""),
                    number,
                    oneOff,
                    running,
                    state.path("Paused").asBoolean(false),
                    running ? state.path("Pid").asLong(0) : 0,
                    instant(state.path("StartedAt").asString("")),
                    running ? ipAddress(container) : Optional.empty(),
                    publishedPorts(container),
                    container.path("Config").path("Image").asString(""),
                    environment.valueStream().map(JsonNode::asString).toList(),
                    container.path("NetworkSettings").path("Networks").propertyNames().stream()
                            .findFirst()
                            .orElse(""),
                    container.path("HostConfig").path("Init").asBoolean(false),
                    container.path("HostConfig").path("Memory").asLong(0),
                    container.path("HostConfig").path("NanoCpus").asLong(0)));
        }
        return containers;
    }

    /** The value of one of its variables. */
    public Optional<String> variable(String name) {
        return environment.stream()
                .filter(variable -> variable.startsWith(name + "="))
                .findFirst()
                .map(variable -> variable.substring(name.length() + 1));
    }

    public OptionalInt hostPort(int containerPort) {
        Integer port = publishedPorts.get(containerPort);
        return port == null ? OptionalInt.empty() : OptionalInt.of(port);
    }

    public String shortId() {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }

    private static Optional<String> ipAddress(JsonNode container) {
        return container
                .path("NetworkSettings")
                .path("Networks")
                .valueStream()
                .map(network -> network.path("IPAddress").asString(""))
                .filter(address -> !address.isEmpty())
                .findFirst();
    }

    /** From the container's configuration ({@code HostConfig.PortBindings}), known while it is stopped too. */
    private static Map<Integer, Integer> publishedPorts(JsonNode container) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        JsonNode bindings = container.path("HostConfig").path("PortBindings");
        if (bindings.isEmpty()) {
            bindings = container.path("NetworkSettings").path("Ports");
        }
        bindings.properties().forEach(entry -> {
            String containerPort = entry.getKey().replaceFirst("/.*$", "");
            for (JsonNode binding : entry.getValue()) {
                String hostPort = binding.path("HostPort").asString("");
                if (!hostPort.isEmpty()) {
                    ports.putIfAbsent(Integer.valueOf(containerPort), Integer.valueOf(hostPort));
                }
            }
        });
        return ports;
    }

    private static Optional<Instant> instant(String text) {
        try {
            Instant instant = Instant.parse(text);
            // Never started: the zero time.
            return instant.getEpochSecond() <= 0 ? Optional.empty() : Optional.of(instant);
        } catch (DateTimeParseException unknown) {
            return Optional.empty();
        }
    }
}
