package io.shoplab.lab.containers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.health.Health;
import io.shoplab.lab.health.HealthProbe;
import io.shoplab.lab.stack.SpringBootApp;
import io.shoplab.lab.stack.StackPart;

/**
 * A container of the Compose project as the lab names it: the service's name for its first container
 * ({@code catalog-service}), {@code -N} for the others ({@code catalog-service-2}, {@code monolith-2}).
 * It is its own definition: what the container runs is in the Compose file, not in the lab.
 *
 * @param name the lab's name
 * @param container what the engine says of it
 * @param service its Compose service
 * @param host where the lab reaches it: 127.0.0.1 if its port is published, else its container address (empty when stopped)
 * @param port the port there
 * @param app the Spring Boot app it runs; {@code null} for PostgreSQL and the monitoring
 */
public record ContainerPart(
        String name, ContainerInfo container, ComposeService service, Optional<String> host, int port, ContainerApp app)
        implements StackPart, StackPart.Definition {

    private static final String LOOPBACK = "127.0.0.1";
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    static ContainerPart of(ContainerInfo container, ComposeService service, LabLayout layout) {
        String name = SpringBootApp.instanceName(service.serviceName(), Math.max(1, container.number()));
        OptionalInt published = container.hostPort(service.containerPort());
        Optional<String> host = published.isPresent() ? Optional.of(LOOPBACK) : container.ipAddress();
        int port = published.orElse(service.containerPort());
        ContainerApp app = null;
        if (service.isApp()) {
            // Eureka and the gateway get the profile too (one variable for all apps) but have no fault endpoint.
            boolean faults = !service.faultComponents().isEmpty()
                    && container
                            .variable("SPRING_PROFILES_ACTIVE")
                            .map(profiles -> List.of(profiles.split(",")).contains("faults"))
                            .orElse(false);
            app = new ContainerApp(
                    name,
                    service.serviceName(),
                    Math.max(1, container.number()),
                    service.stack(),
                    layout.appJar(service.moduleFolder().orElseThrow()),
                    "http://" + host.orElse("unknown-address") + ":" + port,
                    "http://" + container.ipAddress().orElse("unknown-address") + ":" + service.managementPort(),
                    faults,
                    service.faultComponents());
        }
        return new ContainerPart(name, container, service, host, port, app);
    }

    @Override
    public boolean isAlive() {
        return container.running();
    }

    @Override
    public ContainerPart component() {
        return this;
    }

    public boolean answersTo(String nameOrAlias) {
        return name.equals(nameOrAlias) || service.aliases().contains(nameOrAlias);
    }

    /** Where to ask whether it is ready; empty while it has no address or for the monitoring. */
    Optional<String> healthTarget() {
        return (service.isApp() ? container.ipAddress() : host).map(address -> service.healthTarget(address, port));
    }

    /**
     * Whether it is ready now; empty for what the lab does not probe (the monitoring) or a stopped container.
     * An app says so on its management port, at the container's address; one whose shop port is published is
     * ready only once that port takes connections too, since that is where the lab and its users reach it.
     */
    public Optional<Health> health() {
        Optional<Health> health = healthTarget().map(HealthProbe::check);
        if (service.isApp()
                && health.equals(Optional.of(Health.UP))
                && host.equals(Optional.of(LOOPBACK))
                && !acceptsConnections(port)) {
            return Optional.of(Health.UNREACHABLE);
        }
        return health;
    }

    private static boolean acceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code 127.0.0.1:8080} or {@code 10.89.1.5:8081}. */
    public String address() {
        return host.orElse("-") + ":" + port;
    }
}
