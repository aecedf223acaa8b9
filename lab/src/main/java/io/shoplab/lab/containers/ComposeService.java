package io.shoplab.lab.containers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.shoplab.lab.postgres.Databases;
import io.shoplab.lab.stack.ShopService;
import io.shoplab.lab.stack.StackPorts;
import io.shoplab.lab.stack.Stacks;

/**
 * The services of {@code docker-compose.yml} as the lab knows them: which stack each belongs to, the
 * port it listens on inside its container, the variable that publishes it on 127.0.0.1 (only the
 * entrances, Eureka and the monitoring are published; the services are reached by container address,
 * which is what lets them be scaled), the module its image is built from, and its fault components.
 * {@code ComposeServiceTest} checks this table against the Compose file.
 */
public enum ComposeService {
    POSTGRES("postgres", Kind.DATABASE, null, 5432, null, 0, null),
    DISCOVERY(Stacks.DISCOVERY, Kind.APP, Stacks.MICROSERVICES, 8761, "DISCOVERY_PORT", 8761, Stacks.DISCOVERY),
    CATALOG(ShopService.CATALOG),
    REVIEWS(ShopService.REVIEWS),
    INVENTORY(ShopService.INVENTORY),
    ORDERS(ShopService.ORDERS),
    PAYMENTS(ShopService.PAYMENTS),
    GATEWAY(Stacks.GATEWAY, Kind.APP, Stacks.MICROSERVICES, 8090, "GATEWAY_PORT", 8090, Stacks.GATEWAY),
    MONOLITH(Stacks.MONOLITH, Kind.APP, Stacks.MONOLITH, 8080, "MONOLITH_PORT", 8080, "monolith-api"),
    PROMETHEUS("prometheus", Kind.MONITORING, null, 9090, "PROMETHEUS_PORT", 9090, null),
    GRAFANA("grafana", Kind.MONITORING, null, 3000, "GRAFANA_PORT", 3000, null);

    public enum Kind {
        DATABASE,
        APP,
        MONITORING
    }

    private final String serviceName;
    private final Kind kind;
    private final String stack;
    private final int containerPort;
    private final String portVariable;
    private final int defaultHostPort;
    private final String moduleFolder;

    ComposeService(
            String serviceName,
            Kind kind,
            String stack,
            int containerPort,
            String portVariable,
            int defaultHostPort,
            String moduleFolder) {
        this.serviceName = serviceName;
        this.kind = kind;
        this.stack = stack;
        this.containerPort = containerPort;
        this.portVariable = portVariable;
        this.defaultHostPort = defaultHostPort;
        this.moduleFolder = moduleFolder;
    }

    ComposeService(ShopService service) {
        this(service.serviceName(), Kind.APP, Stacks.MICROSERVICES, service.defaultPort(), null, 0, service.folder());
    }

    static Optional<ComposeService> named(String serviceName) {
        return Arrays.stream(values())
                .filter(service -> service.serviceName.equals(serviceName))
                .findFirst();
    }

    /** The services a stack needs, dependencies first; PostgreSQL in each (the stacks share it). */
    static List<ComposeService> of(String stack) {
        return switch (stack) {
            case Stacks.MONOLITH -> List.of(POSTGRES, MONOLITH);
            case Stacks.MICROSERVICES ->
                List.of(POSTGRES, DISCOVERY, CATALOG, REVIEWS, INVENTORY, ORDERS, PAYMENTS, GATEWAY);
            case Stacks.ALL ->
                List.of(POSTGRES, DISCOVERY, CATALOG, REVIEWS, INVENTORY, ORDERS, PAYMENTS, GATEWAY, MONOLITH);
            default -> throw new IllegalArgumentException("unknown stack " + stack);
        };
    }

    static List<ComposeService> monitoring() {
        return List.of(PROMETHEUS, GRAFANA);
    }

    /** The Compose service's name, also the lab's name of its first container. */
    String serviceName() {
        return serviceName;
    }

    Kind kind() {
        return kind;
    }

    boolean isApp() {
        return kind == Kind.APP;
    }

    /** {@link Stacks#MONOLITH} or {@link Stacks#MICROSERVICES}; {@code null} for what both share or watch them. */
    String stack() {
        return stack;
    }

    /** Whether the stack's experiments count it: its own apps, and PostgreSQL in both. */
    boolean belongsTo(String stackName) {
        return kind == Kind.DATABASE || stackName.equals(stack);
    }

    int containerPort() {
        return containerPort;
    }

    /** The variable of the Compose file that publishes it on 127.0.0.1; empty for services reached by container address. */
    Optional<String> portVariable() {
        return Optional.ofNullable(portVariable);
    }

    int defaultHostPort() {
        return defaultHostPort;
    }

    /** The module whose jar its image is built from ({@code microservices/catalog-service}); empty for public images. */
    Optional<String> moduleFolder() {
        return Optional.ofNullable(moduleFolder);
    }

    /** The image the Compose file builds for it ({@code shoplab/catalog-service}); empty for public images. */
    Optional<String> builtImage() {
        return moduleFolder().map(folder -> "shoplab/" + folder.substring(folder.lastIndexOf('/') + 1));
    }

    List<String> aliases() {
        return kind == Kind.DATABASE ? List.of("database") : List.of();
    }

    /** What its fault endpoint takes: every module and the data source in the monolith, its own module and data source in a service. */
    List<String> faultComponents() {
        return this == MONOLITH
                ? Stacks.MONOLITH_FAULTS
                : ShopService.named(serviceName)
                        .map(ShopService::faultComponents)
                        .orElse(List.of());
    }

    /**
     * The port of an app's actuator endpoints in its container (docker-compose.yml's MANAGEMENT_PORT), never
     * published: the lab reaches it at the container's address.
     */
    int managementPort() {
        return containerPort + StackPorts.MANAGEMENT_OFFSET;
    }

    /**
     * Where the lab asks whether a container of it is ready: at the base address the lab reaches it by, an
     * app at its container address and management port.
     */
    String healthTarget(String host, int port) {
        return switch (kind) {
            // The image creates the databases before the real server listens: reaching the last one means all exist.
            case DATABASE ->
                "jdbc:postgresql://" + host + ":" + port + "/" + Databases.ALL.get(Databases.ALL.size() - 1) + "?user="
                        + Databases.SUPERUSER + "&password=" + Databases.SUPERUSER_PASSWORD;
            case APP -> "http://" + host + ":" + managementPort() + "/actuator/health/readiness";
            case MONITORING -> null;
        };
    }
}
