package io.shoplab.lab.command;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.process.ForegroundCommand;
import io.shoplab.lab.stack.Stacks;

/**
 * Times a clean, offline, test-less build of each stack's jars, one after the other. Running apps are
 * unaffected: the lab runs copies of their jars.
 */
final class BuildTimes {

    private static final Map<String, String> MODULES = Map.of(
            Stacks.MONOLITH,
            "monolith-api",
            Stacks.MICROSERVICES,
            "discovery,gateway,microservices/catalog-service,microservices/reviews-service,"
                    + "microservices/inventory-service,microservices/orders-service,microservices/payments-service");

    private BuildTimes() {}

    static Map<String, Duration> measure(LabLayout layout) {
        Map<String, Duration> times = new LinkedHashMap<>();
        for (String stack : List.of(Stacks.MONOLITH, Stacks.MICROSERVICES)) {
            System.out.printf("timing a clean build of the %s ...%n", stack);
            Instant start = Instant.now();
            int exit = ForegroundCommand.maven(
                    layout.root(), "-o", "clean", "package", "-DskipTests", "-pl", MODULES.get(stack), "-am");
            if (exit != 0) {
                throw new LabException("the build of the " + stack + " failed (exit " + exit + ")");
            }
            times.put(stack, Duration.between(start, Instant.now()));
        }
        return times;
    }
}
