package io.shoplab.lab.containers;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.health.RouteWait;
import io.shoplab.lab.process.Ports;
import io.shoplab.lab.process.ProcFs;
import io.shoplab.lab.stack.ShopService;
import io.shoplab.lab.stack.SpringBootApp;
import io.shoplab.lab.stack.Stack;
import io.shoplab.lab.stack.Stacks;

/**
 * The stacks as containers of one Compose project: what {@code up}, {@code kill}, {@code start},
 * {@code scale}, {@code status} and {@code down} do with {@code --platform compose}, and what
 * {@link ComposeStackControl} does for the experiments. Compose starts the services (never recreating a running
 * one); the lab then waits, with the same probes as for its processes, until each is ready at the address
 * it reaches it by, and until the gateway routes. Single containers are killed and started by id.
 */
public final class ContainerStack {

    private static final int LOG_LINES = 200;

    private final LabLayout layout;
    private final ComposeProject project;
    private final Compose compose;
    private final Docker docker;
    private final ContainerReadiness readiness;
    private final HostProcesses hostProcesses = new HostProcesses(ProcFs.system());
    private final PrintStream out;
    private String description;

    ContainerStack(LabLayout layout, ComposeProject project, PrintStream out) {
        this.layout = layout;
        this.project = project;
        CommandLines shell = new CommandLines(layout.root(), project.environment());
        this.compose = new Compose(project, shell, out);
        this.docker = new Docker(shell);
        this.readiness = new ContainerReadiness(this::parts, docker, out);
        this.out = out;
    }

    /** Whether the lab's platform is Compose: {@code up --platform compose} ran and {@code down} has not. */
    public static boolean isRemembered(LabLayout layout) {
        return Files.exists(ComposeProject.file(layout));
    }

    /** The project {@code up} remembered; empty when the lab does not run on Compose. */
    public static Optional<ContainerStack> remembered(LabLayout layout, PrintStream out) {
        return ComposeProject.load(layout).map(project -> new ContainerStack(layout, project, out));
    }

    /**
     * The project to bring a stack up in: the remembered one (same name, files, ports and images as its
     * containers), else a new one, remembered at once so that {@code down} finds it even if {@code up} fails.
     *
     * @param environment the lab's environment: {@code SHOPLAB_COMPOSE_PROJECT}, {@code SHOPLAB_COMPOSE_FILE},
     *        {@code SHOPLAB_COMPOSE_SERVICES} (what this machine can run; the monitoring not listed is left out),
     *        base image variables, {@code DOCKER_HOST}
     */
    public static ContainerStack prepare(
            LabLayout layout,
            Map<String, String> environment,
            String stack,
            boolean faults,
            boolean freePorts,
            boolean monitoring,
            PrintStream out) {
        Optional<ComposeProject> remembered = ComposeProject.load(layout);
        ComposeProject project = remembered.orElseGet(() -> ComposeProject.create(
                layout,
                Compose.detect(environment),
                environment,
                hostPorts(freePorts),
                faults,
                monitoring ? monitoring(environment, out) : List.of()));
        if (remembered.isPresent() && freePorts) {
            out.println("note: the project " + project.name()
                    + " keeps the host ports it started with (--free-ports ignored)");
        }
        project = project.withStack(stack, faults);
        ContainerStack containers = new ContainerStack(layout, project, out);
        // Nothing remembered while no engine answers: the platform stays what it was.
        containers.requireEngine();
        project.save(layout);
        return containers;
    }

    public String projectName() {
        return project.name();
    }

    /**
     * Starts the stack's services (those already running are left as they are, stopped ones are started
     * again), building first the images whose jar is newer, then waits until every container is ready and,
     * for the microservices, every route works through the gateway. Returns how long the start took, image
     * builds left out (the start-up time the cost table compares).
     */
    public Duration up(String stack, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ComposeService> services = ComposeService.of(stack);
        ContainerParts before = parts();
        for (ComposeService service : services) {
            before.find(service.serviceName()).filter(ContainerPart::isAlive).ifPresent(running -> {
                out.printf(
                        "%s already running (container %s), left as it is%n",
                        running.name(), running.container().shortId());
                if (running.app() != null && running.app().faults() != project.faults()) {
                    out.printf(
                            "  note: it was started %s --faults; `shoplab down` first to change it%n",
                            running.app().faults() ? "with" : "without");
                }
            });
        }
        List<String> build = imagesToBuild(services.stream()
                .filter(service -> before.find(service.serviceName()).isEmpty())
                .toList());
        if (!build.isEmpty()) {
            out.printf(
                    "building the images of %s (%s)%n",
                    String.join(", ", build), fromSources() ? "from the sources" : "missing, or older than their jars");
            compose.build(build, deadline);
        }
        Instant start = Instant.now();
        List<String> names = services.stream().map(ComposeService::serviceName).toList();
        List<String> withMonitoring =
                Stream.concat(names.stream(), project.monitoring().stream()).toList();
        out.printf("starting %s in the Compose project %s%n", String.join(", ", withMonitoring), project.name());
        compose.up(withMonitoring, deadline);
        out.printf(
                "  %d s since up; waiting until each container is ready%n",
                Duration.between(start, Instant.now()).toSeconds());
        readiness.await(names, deadline);
        if (!Stacks.MONOLITH.equals(stack)) {
            String gateway = baseUrl(Stacks.MICROSERVICES);
            out.printf("checking routes through %s%n", gateway);
            Duration routed = new RouteWait(out, deadline).awaitAll(Stacks.routeProbes(gateway), this::dumpLog);
            out.printf("all routes work, %d s after the last container was ready%n", routed.toSeconds());
        }
        return Duration.between(start, Instant.now());
    }

    /** Where to look once the stack is up. */
    public List<Stack.EntryPoint> entryPoints(String stack) {
        List<Stack.EntryPoint> entries = new ArrayList<>();
        if (!Stacks.MICROSERVICES.equals(stack)) {
            String base = "http://127.0.0.1:" + project.hostPort(ComposeService.MONOLITH);
            entries.add(new Stack.EntryPoint("API", base + "/api/products/1"));
            entries.add(new Stack.EntryPoint("OpenAPI", base + "/v3/api-docs"));
            parts().find(Stacks.MONOLITH)
                    .map(ContainerPart::app)
                    .ifPresent(app ->
                            entries.add(new Stack.EntryPoint("health", app.managementUrl() + "/actuator/health")));
        }
        if (!Stacks.MONOLITH.equals(stack)) {
            String suffix = Stacks.ALL.equals(stack) ? " (ms)" : "";
            String base = "http://127.0.0.1:" + project.hostPort(ComposeService.GATEWAY);
            entries.add(new Stack.EntryPoint("API" + suffix, base + "/api/products/1"));
            entries.add(new Stack.EntryPoint(
                    "Eureka" + suffix, "http://127.0.0.1:" + project.hostPort(ComposeService.DISCOVERY)));
            parts().find(Stacks.GATEWAY)
                    .map(ContainerPart::app)
                    .ifPresent(app -> entries.add(
                            new Stack.EntryPoint("health" + suffix, app.managementUrl() + "/actuator/health")));
        }
        project.monitoring()
                .forEach(name -> ComposeService.named(name)
                        .ifPresent(service -> entries.add(
                                new Stack.EntryPoint(name, "http://127.0.0.1:" + project.hostPort(service)))));
        return entries;
    }

    /** The project's containers now, as the engine describes them. */
    public ContainerParts parts() {
        return ContainerParts.of(docker.containers(project.name()), layout);
    }

    /** @throws LabException when no container of that name runs */
    public ContainerPart running(String name) {
        return parts().find(name)
                .filter(ContainerPart::isAlive)
                .orElseThrow(() -> new LabException(
                        name + " is not running in the Compose project " + project.name() + "; see ./shoplab status"));
    }

    /** The monolith's, or the gateway's, base URL on 127.0.0.1. */
    public String baseUrl(String stack) {
        return running(Stacks.MONOLITH.equals(stack) ? Stacks.MONOLITH : Stacks.GATEWAY)
                .app()
                .baseUrl();
    }

    /** SIGKILL to the container, as a crash; it stays, stopped, so that {@code start} brings it back on the same data. */
    public void kill(String name) {
        ContainerPart part = parts().find(name).orElseThrow(() -> unknown(name));
        if (!part.isAlive()) {
            out.println(part.name() + " is not running");
            return;
        }
        out.printf(
                "killing %s (container %s%s)%n",
                part.name(),
                part.container().shortId(),
                workerPid(part).stream()
                        .mapToObj(pid -> ", host pid " + pid)
                        .findFirst()
                        .orElse(""));
        docker.kill(part.container().id());
    }

    /** Freezes the container's processes ({@code docker pause}: its cgroup), as SIGSTOP would, until {@link #resume}. */
    public void pause(String name) {
        ContainerPart part = parts().find(name).filter(ContainerPart::isAlive).orElseThrow(() -> unknown(name));
        if (!part.container().paused()) {
            out.printf(
                    "pausing %s (container %s)%n", part.name(), part.container().shortId());
            docker.pause(part.container().id());
        }
    }

    /** Thaws a container {@link #pause} froze; nothing happens to one that is not frozen. */
    public void resume(String name) {
        ContainerPart part = parts().find(name).orElseThrow(() -> unknown(name));
        if (part.container().paused()) {
            out.printf(
                    "resuming %s (container %s)%n",
                    part.name(), part.container().shortId());
            docker.unpause(part.container().id());
        }
    }

    /** Every frozen part of the stack ({@code null}: of both), PostgreSQL included. */
    public List<String> paused(String stack) {
        return parts().components().stream()
                .filter(part -> part.container().paused())
                .filter(part -> stack == null || part.service().belongsTo(stack))
                .map(ContainerPart::name)
                .toList();
    }

    /**
     * Starts a stopped container again (same configuration and volumes) and waits until it is ready; a
     * service's first container that does not exist is created by Compose.
     */
    public void start(String name, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        requireEngine();
        Optional<ContainerPart> part = parts().find(name);
        if (part.filter(ContainerPart::isAlive).isPresent()) {
            out.println(part.get().name() + " is already running (container "
                    + part.get().container().shortId() + ")");
            return;
        }
        String started;
        if (part.isPresent()) {
            out.printf(
                    "starting %s (container %s)%n",
                    part.get().name(), part.get().container().shortId());
            docker.start(part.get().container().id());
            started = part.get().name();
        } else {
            ComposeService service = ComposeService.named(name).orElseThrow(() -> unknown(name));
            compose.up(List.of(service.serviceName()), deadline);
            started = service.serviceName();
        }
        if (parts().find(started)
                .map(ContainerPart::service)
                .filter(service -> service.kind() != ComposeService.Kind.MONITORING)
                .isPresent()) {
            readiness.await(List.of(started), deadline);
        }
    }

    /**
     * Runs {@code count} containers of a service ({@code compose up --scale}, reached by container address),
     * or of the monolith (containers like the first beside it: only one can hold its published port), and
     * returns them once the new ones are ready and, for a service, registered in Eureka and reached
     * through the gateway.
     */
    public List<ContainerPart> scale(String serviceName, int count, Duration timeout) {
        if (!Stacks.MONOLITH.equals(serviceName)
                && ShopService.named(serviceName).isEmpty()) {
            throw new LabException(
                    "scale takes monolith or a service: catalog-service, reviews-service, inventory-service,"
                            + " orders-service, payments-service (not '" + serviceName + "')");
        }
        if (count < 1) {
            throw new LabException(
                    "at least 1 instance; `shoplab kill " + serviceName + "` or `shoplab down` stop the first");
        }
        Instant deadline = Instant.now().plus(timeout);
        ComposeService service = ComposeService.named(serviceName).orElseThrow();
        boolean faults = running(serviceName).app().faults();
        Set<String> before = parts().of(service).stream()
                .filter(ContainerPart::isAlive)
                .map(ContainerPart::name)
                .collect(Collectors.toSet());
        if (service == ComposeService.MONOLITH) {
            scaleOneOffs(service, count);
        } else {
            // New containers are configured like the first, whatever the last `up` chose.
            ComposeProject alike = project.withProfiles(faults);
            new Compose(alike, new CommandLines(layout.root(), alike.environment()), out)
                    .scale(serviceName, count, deadline);
        }
        List<ContainerPart> added = parts().of(service).stream()
                .filter(part -> !before.contains(part.name()))
                .toList();
        readiness.await(added.stream().map(ContainerPart::name).toList(), deadline);
        if (service != ComposeService.MONOLITH && !added.isEmpty()) {
            List<ContainerPart> ready = parts().of(service).stream()
                    .filter(part -> !before.contains(part.name()))
                    .toList();
            readiness.awaitReached(
                    ShopService.named(serviceName).orElseThrow(),
                    running(Stacks.DISCOVERY).app().baseUrl(),
                    baseUrl(Stacks.MICROSERVICES),
                    ready,
                    deadline);
        }
        return parts().of(service).stream().filter(ContainerPart::isAlive).toList();
    }

    private void scaleOneOffs(ComposeService service, int count) {
        List<ContainerPart> all = parts().of(service);
        ContainerInfo first = all.stream()
                .filter(part -> !part.container().oneOff())
                .findFirst()
                .orElseThrow()
                .container();
        List<ContainerPart> extra =
                all.stream().filter(part -> part.container().oneOff()).toList();
        extra.stream()
                .filter(part -> part.container().number() > count)
                .sorted(Comparator.comparingInt(
                                (ContainerPart part) -> part.container().number())
                        .reversed())
                .forEach(part -> {
                    out.printf(
                            "removing %s (container %s)%n",
                            part.name(), part.container().shortId());
                    docker.remove(part.container().id());
                });
        Set<Integer> present =
                extra.stream().map(part -> part.container().number()).collect(Collectors.toSet());
        for (int number = 2; number <= count; number++) {
            if (!present.contains(number)) {
                int hostPort = Ports.findFree();
                out.printf(
                        "starting %s like %s (image, variables, network), on 127.0.0.1:%d%n",
                        SpringBootApp.instanceName(service.serviceName(), number), service.serviceName(), hostPort);
                docker.runAlike(first, project.name(), number, service.containerPort(), hostPort);
            }
        }
    }

    /**
     * Removes the project's containers, network and volumes ({@code compose down -v}: the next {@code up}
     * starts on fresh databases) and forgets the project: the lab's platform is local again.
     */
    public void down(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        if (docker.answers()) {
            // One-off instances hold the network; remove them first whatever the Compose version does with them.
            parts().components().stream()
                    .filter(part -> part.container().oneOff())
                    .forEach(part -> docker.remove(part.container().id()));
            compose.down(deadline);
            List<ContainerInfo> left = docker.containers(project.name());
            left.forEach(container -> docker.remove(container.id()));
        } else {
            out.println("no container engine answers: nothing to remove, the project is forgotten");
        }
        ComposeProject.forget(layout);
    }

    /** The host PID of the container's JVM (or PostgreSQL); empty where this machine cannot see it. */
    public OptionalLong workerPid(ContainerPart part) {
        return part.isAlive() ? hostProcesses.workerPid(part.container()) : OptionalLong.empty();
    }

    /** Such as "containers (docker-compose 1.29.2, Podman Engine 4.3.1; project shoplab)"; asked once. */
    public String describe() {
        if (description == null) {
            description =
                    "containers (" + compose.version() + ", " + docker.engine() + "; project " + project.name() + ")";
        }
        return description;
    }

    /** Size of the images the stack's live containers run (PostgreSQL's included), MiB. */
    public double imagesMib(String stack) {
        return parts().components().stream()
                        .filter(part -> part.isAlive() && part.service().belongsTo(stack))
                        .map(part -> part.container().image())
                        .distinct()
                        .mapToLong(image -> docker.imageBytes(image).orElse(0))
                        .sum()
                / (1024.0 * 1024.0);
    }

    /** Writes the container's recent log to the lab's log folder, for messages that name a log file. */
    Path dumpLog(String name) {
        Path file = layout.logFile(name);
        Optional<ContainerPart> part = parts().find(name);
        if (part.isEmpty()) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, docker.logTail(part.get().container().id(), LOG_LINES));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return file;
    }

    /**
     * The images to build before the services start: from the sources ({@code SHOPLAB_JARS=source}), every one (the
     * engine's build cache keeps what did not change); from the jars, those missing or older than their jar.
     */
    private List<String> imagesToBuild(List<ComposeService> services) {
        List<String> build = new ArrayList<>();
        for (ComposeService service : services.stream()
                .filter(service -> service.builtImage().isPresent())
                .toList()) {
            Path jar = layout.appJar(service.moduleFolder().orElseThrow());
            if (fromSources()) {
                build.add(service.serviceName());
            } else if (!Files.exists(jar)) {
                throw new LabException(layout.root().relativize(jar) + " is missing, and the image of "
                        + service.serviceName() + " is built from it: ./mvnw -B -DskipTests package -pl "
                        + service.moduleFolder().orElseThrow() + " -am");
            } else if (docker.imageCreated(service.builtImage().orElseThrow())
                    .filter(created -> !modified(jar).isAfter(created))
                    .isEmpty()) {
                // Missing, or older than its jar.
                build.add(service.serviceName());
            }
        }
        return build;
    }

    private boolean fromSources() {
        return "source".equals(project.environment().get(ComposeProject.JARS));
    }

    private void requireEngine() {
        if (!docker.answers()) {
            throw new LabException(noEngine(project.environment()));
        }
    }

    /**
     * Why containers cannot run on this machine: no engine answers, or no Compose client; empty when they can. Asked by
     * the tests that need containers (this module's and container-tests), which skip or fail with the reason.
     *
     * @param environment the engine's address ({@code DOCKER_HOST}) and {@code SHOPLAB_COMPOSE_COMMAND}, if set
     */
    public static Optional<String> unavailable(Map<String, String> environment) {
        if (!new Docker(new CommandLines(Path.of("."), environment)).answers()) {
            return Optional.of(noEngine(environment));
        }
        try {
            Compose.detect(environment);
            return Optional.empty();
        } catch (LabException noClient) {
            return Optional.of(noClient.getMessage());
        }
    }

    private static String noEngine(Map<String, String> environment) {
        return "no container engine answers"
                + Optional.ofNullable(environment.get("DOCKER_HOST"))
                        .map(host -> " at " + host)
                        .orElse("")
                + " (`docker version`): start Docker (on Linux with podman: .ci/containers setup and start, then"
                + " eval \"$(.ci/containers env)\")";
    }

    private LabException unknown(String name) {
        return new LabException("no container named '" + name + "' in the Compose project " + project.name()
                + "; see ./shoplab status (`scale` adds instances)");
    }

    /** The published ports: the documented defaults, or ports free now (all different). */
    static Map<String, Integer> hostPorts(boolean free) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (ComposeService service : ComposeService.values()) {
            service.portVariable()
                    .ifPresent(
                            variable -> ports.put(variable, free ? Ports.findFree(taken) : service.defaultHostPort()));
        }
        return ports;
    }

    /** Prometheus and Grafana, less those {@code SHOPLAB_COMPOSE_SERVICES} leaves out (Grafana where it has no image). */
    static List<String> monitoring(Map<String, String> environment, PrintStream out) {
        List<String> names = ComposeService.monitoring().stream()
                .map(ComposeService::serviceName)
                .toList();
        String allowed = environment.get("SHOPLAB_COMPOSE_SERVICES");
        if (allowed == null || allowed.isBlank()) {
            return names;
        }
        List<String> listed = Arrays.asList(allowed.strip().split("[\\s,]+"));
        List<String> kept = names.stream().filter(listed::contains).toList();
        names.stream()
                .filter(name -> !kept.contains(name))
                .forEach(name -> out.println("note: " + name + " left out (not in SHOPLAB_COMPOSE_SERVICES)"));
        return kept;
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
