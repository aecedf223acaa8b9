package io.shoplab.lab.command;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import io.shoplab.lab.Platform;
import io.shoplab.lab.containers.ContainerPart;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.Scaling;
import io.shoplab.lab.stack.Stacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "scale",
        mixinStandardHelpOptions = true,
        description = {
            "Runs N instances of a service, the gateway or the monolith: more on free ports (catalog-service-2, ...),",
            "configured like the first, or fewer by stopping the highest-numbered ones.",
            "A service's new instances count once Eureka lists them and the gateway has sent them a request.",
            "The monoliths and the gateways have no load balancer in front: spread the load over the base URLs printed.",
            "On containers: compose up --scale SERVICE=N (replicas reached by container address); the monolith's extra",
            "instances are containers like the first, each published on a free port of 127.0.0.1 (Compose can scale no",
            "service whose host port is fixed)."
        })
public final class ScaleCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "SERVICE",
            description = "monolith, gateway, catalog-service, reviews-service, ...")
    String service;

    @Parameters(index = "1", paramLabel = "N", description = "How many instances, 1 or more.")
    int count;

    @Option(
            names = "--timeout",
            defaultValue = "180s",
            converter = DurationConverter.class,
            description = "How long the new instances may take to be ready and reached (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        if (lab.platform() == Platform.COMPOSE) {
            List<ContainerPart> containers = lab.containers().scale(service, count, timeout);
            System.out.printf("%s: %d container(s)%n", service, containers.size());
            containers.forEach(part ->
                    System.out.printf("  %-20s %s%n", part.name(), part.app().baseUrl()));
            if (Stacks.MONOLITH.equals(service) && containers.size() > 1) {
                System.out.println(
                        "No load balancer in front of the monoliths: the load generator must spread over these base URLs.");
            }
            return 0;
        }
        ComponentControl control = lab.control(timeout);
        List<RunningComponent> instances =
                new Scaling(lab.layout(), lab.store(), control, System.out).scale(service, count, timeout);
        System.out.printf("%s: %d instance(s)%n", service, instances.size());
        instances.forEach(running -> System.out.printf(
                "  %-20s %s%n", running.name(), running.component().app().baseUrl()));
        if ((Stacks.MONOLITH.equals(service) || Stacks.GATEWAY.equals(service)) && instances.size() > 1) {
            System.out.println("No load balancer in front of the " + service
                    + "s: the load generator must spread over these base URLs.");
        }
        return 0;
    }
}
