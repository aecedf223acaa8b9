package io.shoplab.lab.containers;

import java.nio.file.Path;
import java.util.List;

import io.shoplab.lab.stack.StackPart;

/**
 * A Spring Boot app running in a container, as the lab reaches it: through its published port on
 * 127.0.0.1 (the monolith, the gateway, Eureka), else at its address on the project's network; its
 * management port (actuator endpoints) is never published, so always at that address.
 */
public record ContainerApp(
        String name,
        String service,
        int instance,
        String stack,
        Path jar,
        String baseUrl,
        String managementUrl,
        boolean faults,
        List<String> faultComponents)
        implements StackPart.App {

    public ContainerApp {
        faultComponents = List.copyOf(faultComponents);
    }
}
