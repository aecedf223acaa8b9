package io.shoplab.lab.chaos;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.shoplab.lab.LabException;
import io.shoplab.lab.stack.PostgresComponent;
import io.shoplab.lab.stack.ShopService;
import io.shoplab.lab.stack.Stacks;

/**
 * What a campaign may break in a stack: the components it may kill, and the (app, component) pairs whose
 * fault endpoint takes latency and errors. Only parts of the stack in use.
 *
 * @param stack {@link Stacks#MONOLITH} or {@link Stacks#MICROSERVICES}
 * @param killable lab component names, in a fixed order (the schedule draws from it by index)
 * @param injectable fault endpoints and their components, in a fixed order
 */
public record ChaosTargets(String stack, List<String> killable, List<Injectable> injectable) {

    public ChaosTargets {
        killable = List.copyOf(killable);
        injectable = List.copyOf(injectable);
    }

    /** @param app the running app whose {@code /actuator/faults} takes it; @param component a module or {@code database} */
    public record Injectable(String app, String component) {}

    public static ChaosTargets of(String stack) {
        return switch (stack) {
            case Stacks.MONOLITH -> monolith();
            case Stacks.MICROSERVICES -> microservices();
            default ->
                throw new LabException("chaos runs on one stack: monolith or microservices, not '" + stack + "'");
        };
    }

    /** The monolith and its database server may die; each module and the data source may turn slow or fail, in process. */
    static ChaosTargets monolith() {
        List<Injectable> injectable = Stream.concat(
                        Arrays.stream(ShopService.values()).map(ShopService::module), Stream.of(Stacks.DATABASE_FAULT))
                .map(component -> new Injectable(Stacks.MONOLITH, component))
                .toList();
        return new ChaosTargets(Stacks.MONOLITH, List.of(Stacks.MONOLITH, PostgresComponent.NAME), injectable);
    }

    /** Any service, the gateway, discovery or the database server may die; each service's module or data source may fail. */
    static ChaosTargets microservices() {
        List<String> killable = Stream.concat(
                        Arrays.stream(ShopService.values()).map(ShopService::serviceName),
                        Stream.of(Stacks.GATEWAY, Stacks.DISCOVERY, PostgresComponent.NAME))
                .toList();
        List<Injectable> injectable = Arrays.stream(ShopService.values())
                .flatMap(service -> Stream.of(service.module(), Stacks.DATABASE_FAULT)
                        .map(component -> new Injectable(service.serviceName(), component)))
                .toList();
        return new ChaosTargets(Stacks.MICROSERVICES, killable, injectable);
    }
}
