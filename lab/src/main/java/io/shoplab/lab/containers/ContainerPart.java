package io.shoplab.lab.containers;

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
public record ContainerPart(String name, ContainerInfo container, ComposeService service, Optional<String> host, int port,
                            ContainerApp app) implements StackPart, StackPart.Definition {

    static ContainerPart of(ContainerInfo container, ComposeService service, LabLayout layout) {
        String name = SpringBootApp.instanceName(service.serviceName(), Math.max(1, container.number()));
        OptionalInt published = container.hostPort(service.containerPort());
        Optional<String> host = published.isPresent() ? Optional.of("127.0.0.1") : container.ipAddress();
        int port = published.orElse(service.containerPort());
        ContainerApp app = null;
        if (service.isApp()) {
            // Eureka and the gateway get the profile too (one variable for all apps) but have no fault endpoint.
            boolean faults = !service.faultComponents().isEmpty() && container.variable("SPRING_PROFILES_ACTIVE")
                    .map(profiles -> List.of(profiles.split(",")).contains("faults")).orElse(false);
            app = new ContainerApp(name, service.serviceName(), Math.max(1, container.number()), service.stack(),
                    layout.appJar(service.moduleFolder().orElseThrow()), "http://" + host.orElse("unknown-address") + ":" + port,
                    "http://" + container.ipAddress().orElse("unknown-address") + ":" + service.managementPort(),
                    faults, service.faultComponents());
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

    /** Whether it is ready now; empty for what the lab does not probe (the monitoring) or a stopped container. */
    public Optional<Health> health() {
        return healthTarget().map(HealthProbe::check);
    }

    /** {@code 127.0.0.1:8080} or {@code 10.89.1.5:8081}. */
    public String address() {
        return host.orElse("-") + ":" + port;
    }
}
