package io.shoplab.lab.stack;

import java.nio.file.Path;
import java.util.List;

import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.process.LaunchSpec;

/**
 * One process of a stack, described well enough to start it, check it and start it again later
 * from the state file alone.
 *
 * @param name unique within the lab ({@code postgres}, {@code monolith}, {@code catalog-service-2})
 * @param aliases other names the user may type ({@code database})
 * @param port the port it listens on, on 127.0.0.1
 * @param launch how to start it
 * @param healthTarget where to ask whether it is ready, see {@link io.shoplab.lab.health.HealthProbe}
 * @param spawnedPidFile a PID file naming a process it spawns that must live and die with it
 *                       (PostgreSQL's postmaster, which outlives its wrapper); {@code null} if none
 * @param dependsOn names of the components that must be ready before it starts
 * @param app the Spring Boot app it runs; {@code null} for PostgreSQL
 * @param aotCache the JVM's ahead-of-time cache its start uses, made before it if missing; {@code null} if none
 * @param budget the CPU and memory it may use, enforced by a control group of its own; {@link Budget#NONE} for no limits
 */
public record Component(
        String name,
        List<String> aliases,
        int port,
        LaunchSpec launch,
        String healthTarget,
        Path spawnedPidFile,
        List<String> dependsOn,
        SpringBootApp app,
        AotCache aotCache,
        Budget budget)
        implements StackPart.Definition {

    public Component {
        aliases = List.copyOf(aliases);
        dependsOn = List.copyOf(dependsOn);
        // State files written before budgets existed have none
        budget = budget == null ? Budget.NONE : budget;
    }

    /** The same component on another budget. */
    public Component withBudget(Budget newBudget) {
        return new Component(
                name, aliases, port, launch, healthTarget, spawnedPidFile, dependsOn, app, aotCache, newBudget);
    }

    /** Its budget from those given: its own, else its service's, else the node's. */
    Component budgetedBy(Budgets budgets) {
        return withBudget(budgets.of(name, app == null ? name : app.service()));
    }

    public boolean answersTo(String nameOrAlias) {
        return name.equals(nameOrAlias) || aliases.contains(nameOrAlias);
    }

    public Path logFile() {
        return launch.logFile();
    }

    /** True for the stack's app of that service and every instance {@code scale} added. */
    public boolean runs(String service) {
        return app != null && app.service().equals(service);
    }
}
