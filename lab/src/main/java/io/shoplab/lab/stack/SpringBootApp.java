package io.shoplab.lab.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.process.LaunchSpec;

/**
 * A Spring Boot application started from a copy of its executable jar (taken at each start, so a
 * build can run meanwhile), bound to 127.0.0.1 and ready when its readiness health group says so.
 * Kept in the state file with its component, so that {@code scale} can start more instances alike.
 *
 * @param service what it runs ({@code monolith}, {@code catalog-service}, {@code gateway}); the first instance's name
 * @param instance 1 for the stack's own instance, 2.. for those {@code scale} adds ({@code catalog-service-2})
 * @param stack the stack it belongs to ({@link Stacks#MONOLITH} or {@link Stacks#MICROSERVICES})
 * @param jar the executable jar
 * @param port the HTTP port, the shop's
 * @param managementPort the port of its actuator endpoints (health, metrics, faults), on 127.0.0.1 too
 * @param environment variables for it (data source, discovery URL)
 * @param faults whether the {@code faults} profile is active
 * @param faultComponents the components its fault endpoint takes (empty for apps without one)
 * @param dependsOn names of the components it needs
 */
public record SpringBootApp(
        String service,
        int instance,
        String stack,
        Path jar,
        int port,
        int managementPort,
        Map<String, String> environment,
        boolean faults,
        List<String> faultComponents,
        List<String> dependsOn)
        implements StackPart.App {

    public SpringBootApp {
        environment = Map.copyOf(environment);
        faultComponents = List.copyOf(faultComponents);
        dependsOn = List.copyOf(dependsOn);
    }

    /** The stack's own instance of an app. */
    public static SpringBootApp first(
            String service,
            String stack,
            Path jar,
            int port,
            int managementPort,
            Map<String, String> environment,
            boolean faults,
            List<String> faultComponents,
            List<String> dependsOn) {
        return new SpringBootApp(
                service, 1, stack, jar, port, managementPort, environment, faults, faultComponents, dependsOn);
    }

    @Override
    public String name() {
        return instanceName(service, instance);
    }

    public static String instanceName(String service, int instance) {
        return instance == 1 ? service : service + "-" + instance;
    }

    /** Another instance of the same app, configured alike, on other ports. */
    public SpringBootApp withInstance(int number, int newPort, int newManagementPort) {
        return new SpringBootApp(
                service,
                number,
                stack,
                jar,
                newPort,
                newManagementPort,
                environment,
                faults,
                faultComponents,
                dependsOn);
    }

    /**
     * Started from the extraction of its jar with the jar's {@link AotCache} where the JDK has one (the
     * cache made before the first start, see {@link ComponentControl}), else from a copy of its jar. A jar not
     * built yet takes the second way, where the start says what is missing.
     */
    public Component toComponent(LabLayout layout) {
        List<String> command = new ArrayList<>(List.of(layout.javaExecutable()));
        command.addAll(AppJvm.FLAGS);
        AotCache aotCache = null;
        List<LaunchSpec.Snapshot> snapshots = List.of();
        if (AppJvm.usesAotCache() && Files.isRegularFile(jar)) {
            aotCache = AotCache.of(jar);
            command.addAll(
                    List.of(aotCache.useFlag(), "-jar", aotCache.extractedJar().toString()));
        } else {
            LaunchSpec.Snapshot runnableJar =
                    new LaunchSpec.Snapshot(jar, layout.runDirectory().resolve(name() + ".jar"));
            snapshots = List.of(runnableJar);
            command.addAll(List.of("-jar", runnableJar.copy().toString()));
        }
        command.addAll(List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--management.server.port=" + managementPort,
                "--management.server.address=127.0.0.1"));
        if (faults) {
            command.add("--spring.profiles.active=faults");
        }
        LaunchSpec launch = new LaunchSpec(command, environment, layout.root(), layout.logFile(name()), snapshots);
        return new Component(
                name(),
                List.of(),
                port,
                launch,
                readinessUrl(managementPort),
                null,
                dependsOn,
                this,
                aotCache,
                Budget.NONE);
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** The readiness health group, on a management port. */
    public static String readinessUrl(int managementPort) {
        return "http://127.0.0.1:" + managementPort + "/actuator/health/readiness";
    }
}
