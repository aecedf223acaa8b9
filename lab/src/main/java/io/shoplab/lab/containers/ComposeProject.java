package io.shoplab.lab.containers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.stack.StateStore;

/**
 * What {@code up --platform compose} chose, remembered in the lab directory ({@code target/lab/compose.json})
 * until {@code down}, so that later commands drive the same project with the same variables without the
 * flag: the project name, the Compose files, the environment Compose interpolates (profiles, host ports,
 * the base images and the engine's address as they were at the first {@code up}), and the stacks brought up.
 * Its presence is what makes the lab's platform {@code compose}.
 *
 * @param name the Compose project name ({@code -p}): containers, network and volumes are named after it
 * @param command the Compose client, as {@link Compose#detect} chose it
 * @param files the Compose files: the repository's, or {@code SHOPLAB_COMPOSE_FILE}
 * @param environment variables for every Compose and engine command, over the lab's own environment
 * @param stacks the stacks {@code up} brought up, in order
 * @param monitoring the monitoring services that run beside them (Prometheus, Grafana), possibly none
 */
public record ComposeProject(
        String name,
        List<String> command,
        List<Path> files,
        Map<String, String> environment,
        List<String> stacks,
        List<String> monitoring) {

    /** The project name unless {@code SHOPLAB_COMPOSE_PROJECT} says otherwise; the root's {@code .env} names it so too. */
    public static final String DEFAULT_NAME = "shoplab";

    static final String FILE_NAME = "compose.json";
    static final String PROFILES = "SHOPLAB_PROFILES";
    /** Where docker/Dockerfile takes the app jars from: {@code source} (compiled in the image build) or {@code checkout}. */
    static final String JARS = "SHOPLAB_JARS";
    /** Whether the gateway limits each client's request rate ({@code true} in docker-compose.yml). */
    static final String GATEWAY_RATE_LIMIT = "SHOPLAB_GATEWAY_RATE_LIMIT";
    /** The lab's own settings, which the Compose file does not read. */
    private static final List<String> LAB_SETTINGS = List.of(
            "SHOPLAB_COMPOSE_PROJECT",
            "SHOPLAB_COMPOSE_FILE",
            "SHOPLAB_COMPOSE_SERVICES",
            "SHOPLAB_COMPOSE_COMMAND",
            "SHOPLAB_REBUILD",
            PROFILES);

    public ComposeProject {
        command = List.copyOf(command);
        files = List.copyOf(files);
        environment = new TreeMap<>(environment);
        stacks = List.copyOf(new LinkedHashSet<>(stacks));
        monitoring = List.copyOf(monitoring);
    }

    /**
     * A new project: {@code hostPorts} by port variable ({@code MONOLITH_PORT}), the profiles for {@code faults},
     * and the passed-through variables that are set in {@code systemEnvironment}.
     */
    static ComposeProject create(
            LabLayout layout,
            List<String> command,
            Map<String, String> systemEnvironment,
            Map<String, Integer> hostPorts,
            boolean faults,
            List<String> monitoring) {
        String name = Optional.ofNullable(systemEnvironment.get("SHOPLAB_COMPOSE_PROJECT"))
                .filter(value -> !value.isBlank())
                .orElse(DEFAULT_NAME);
        Path composeFile = Optional.ofNullable(systemEnvironment.get("SHOPLAB_COMPOSE_FILE"))
                .filter(value -> !value.isBlank())
                .map(Path::of)
                .orElse(layout.root().resolve("docker-compose.yml"))
                .toAbsolutePath()
                .normalize();
        Map<String, String> environment = new LinkedHashMap<>();
        systemEnvironment.keySet().stream()
                .filter(ComposeProject::passedThrough)
                .sorted()
                .forEach(key -> environment.put(key, systemEnvironment.get(key)));
        hostPorts.forEach((variable, port) -> environment.put(variable, Integer.toString(port)));
        environment.put(PROFILES, profiles(faults));
        // The lab builds the jars itself (and rebuilds an image whose jar is newer): the images take them as
        // they are instead of compiling the sources once more in the image build.
        environment.putIfAbsent(JARS, "checkout");
        // The experiments' load comes from one client at hundreds of requests per second: the gateway's per-client rate
        // limit (an edge protection) would measure itself, so the lab switches it off, as it does for its local
        // processes.
        environment.putIfAbsent(GATEWAY_RATE_LIMIT, "false");
        // docker-compose 1.29 gives up on a slow engine after 60 s by default.
        environment.put("COMPOSE_HTTP_TIMEOUT", systemEnvironment.getOrDefault("COMPOSE_HTTP_TIMEOUT", "600"));
        return new ComposeProject(name, command, List.of(composeFile), environment, List.of(), monitoring);
    }

    /**
     * The engine's address and the Compose file's variables ({@code SHOPLAB_JAVA_IMAGE}, {@code SHOPLAB_POSTGRES_IMAGE}:
     * stand-ins on machines without a registry, {@code SHOPLAB_JAVA_TOOL_OPTIONS}, ...) as they were at the first {@code up}.
     */
    static boolean passedThrough(String variable) {
        return variable.equals("DOCKER_HOST") || variable.startsWith("SHOPLAB_") && !LAB_SETTINGS.contains(variable);
    }

    /** The Spring profiles of the apps: {@code docker}, and {@code faults} for fault injection. */
    static String profiles(boolean faults) {
        return faults ? "docker,faults" : "docker";
    }

    boolean faults() {
        return environment.getOrDefault(PROFILES, "").contains("faults");
    }

    ComposeProject withStack(String stack, boolean faults) {
        List<String> more = new ArrayList<>(stacks);
        more.add(stack);
        return new ComposeProject(name, command, files, withProfiles(faults).environment, more, monitoring);
    }

    /** The same project with the apps' profiles for {@code faults}: what a new container of an app started so gets. */
    ComposeProject withProfiles(boolean faults) {
        Map<String, String> changed = new LinkedHashMap<>(environment);
        changed.put(PROFILES, profiles(faults));
        return new ComposeProject(name, command, files, changed, stacks, monitoring);
    }

    /** The host port published for the variable, or its default. */
    int hostPort(ComposeService service) {
        return service.portVariable()
                .map(environment::get)
                .map(Integer::valueOf)
                .orElse(service.defaultHostPort());
    }

    public static Optional<ComposeProject> load(LabLayout layout) {
        return Optional.of(file(layout))
                .filter(Files::exists)
                .map(file -> StateStore.readJson(file, ComposeProject.class));
    }

    public void save(LabLayout layout) {
        StateStore.writeJson(file(layout), this);
    }

    public static void forget(LabLayout layout) {
        try {
            Files.deleteIfExists(file(layout));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file(layout), e);
        }
    }

    static Path file(LabLayout layout) {
        return layout.labDirectory().resolve(FILE_NAME);
    }
}
