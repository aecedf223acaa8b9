package io.shoplab.lab.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

import io.shoplab.lab.LabException;
import io.shoplab.lab.Platform;
import io.shoplab.lab.containers.ContainerPart;
import io.shoplab.lab.containers.ContainerParts;
import io.shoplab.lab.containers.ContainerStack;
import io.shoplab.lab.faults.FaultClient;
import io.shoplab.lab.faults.FaultTargets;
import io.shoplab.lab.health.Health;
import io.shoplab.lab.health.HealthProbe;
import io.shoplab.lab.process.OsProcesses;
import io.shoplab.lab.process.ProcessReading;
import io.shoplab.lab.process.ProcessRef;
import io.shoplab.lab.stack.LabState;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.StackPart;
import picocli.CommandLine.Command;

@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "Shows what the lab started: process, port, liveness, health, memory, uptime.",
            "RSS adds up the component's own process and those it spawned (PostgreSQL: wrapper + postmaster).",
            "Then each budgeted component's budget, how often its CPU quota ran out (cpu.stat), its memory and limit;",
            "then the faults in force in every app started with --faults.",
            "On containers: the Compose project's containers; PID and RSS of each one's JVM (or PostgreSQL) as this",
            "machine sees it, n/a where it cannot (Docker Desktop's virtual machine)."
        })
public final class StatusCommand implements Callable<Integer> {

    private static final String ROW = "%-20s %-14s %-6s %-11s %-12s %8s %9s%n";

    private static final String CONTAINER_ROW = "%-20s %-12s %-8s %-21s %-6s %-11s %8s %9s%n";

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        if (lab.platform() == Platform.COMPOSE) {
            return containers(lab.containers());
        }
        LabState state = lab.store().load();
        if (state.components().isEmpty()) {
            System.out.println("nothing started; try ./shoplab up monolith");
            return 0;
        }
        System.out.printf(ROW, "NAME", "PID", "PORT", "ALIVE", "HEALTH", "RSS MiB", "UPTIME");
        state.components()
                .forEach(running -> System.out.printf(ROW, row(running).toArray()));
        BudgetTable.print(state, System.out);
        printFaults(state.liveApps());
        return 0;
    }

    /** The Compose project's containers: PID and RSS of the JVM (or PostgreSQL) as this machine sees it, n/a where it cannot. */
    private static int containers(ContainerStack containers) {
        System.out.println("platform: " + containers.describe());
        ContainerParts parts = containers.parts();
        if (parts.components().isEmpty()) {
            System.out.println(
                    "no container in the project; ./shoplab up monolith|microservices|all (the platform is remembered) or ./shoplab down");
            return 0;
        }
        System.out.printf(CONTAINER_ROW, "NAME", "CONTAINER", "PID", "ADDRESS", "ALIVE", "HEALTH", "RSS MiB", "UPTIME");
        for (ContainerPart part : parts.components()) {
            OptionalLong pid = containers.workerPid(part);
            boolean alive = part.isAlive();
            System.out.printf(
                    CONTAINER_ROW,
                    part.name(),
                    part.container().shortId(),
                    alive ? pid.isPresent() ? Long.toString(pid.getAsLong()) : "n/a" : "-",
                    part.address(),
                    alive ? "yes" : "no",
                    alive ? part.health().map(Health::name).orElse("-") : "-",
                    alive ? residentMib(pid) : "-",
                    alive
                            ? part.container()
                                    .startedAt()
                                    .map(started -> DurationConverter.format(Duration.between(started, Instant.now())))
                                    .orElse("-")
                            : "-");
        }
        printFaults(parts.liveApps());
        return 0;
    }

    private static String residentMib(OptionalLong pid) {
        Optional<ProcessReading> reading =
                pid.isPresent() ? OsProcesses.system().read(pid.getAsLong()) : Optional.empty();
        return reading.map(found -> Long.toString(found.residentKib() / 1024)).orElse("n/a");
    }

    /** Asks each running app with a fault endpoint what is in force; an app that does not answer says so. */
    private static void printFaults(List<? extends StackPart.App> liveApps) {
        List<? extends StackPart.App> apps = FaultTargets.faultEndpoints(liveApps, Optional.empty());
        if (apps.isEmpty()) {
            System.out.println("faults: none possible (no app runs with --faults)");
            return;
        }
        List<String> lines = new ArrayList<>();
        for (StackPart.App app : apps) {
            try {
                new FaultClient(app.managementUrl())
                        .inForce()
                        .forEach((component, fault) ->
                                lines.add(app.name() + ": " + component + " " + fault.describe()));
            } catch (LabException notAnswering) {
                lines.add(app.name() + ": fault endpoint not answering");
            }
        }
        System.out.println(lines.isEmpty() ? "faults in force: none" : "faults in force:");
        lines.forEach(line -> System.out.println("  " + line));
    }

    private static List<String> row(RunningComponent running) {
        boolean alive = running.isAlive();
        return List.of(
                running.name(),
                pids(running),
                Integer.toString(running.component().port()),
                alive ? "yes" : spawnedAlive(running) ? "no (spawned)" : "no (stale)",
                alive ? HealthProbe.check(running.component().healthTarget()).name() : "-",
                alive ? Long.toString(residentKib(running) / 1024) : "-",
                running.process().uptime().map(DurationConverter::format).orElse("-"));
    }

    /** The launched PID, then the spawned ones in parentheses. */
    private static String pids(RunningComponent running) {
        String spawned = String.join(
                ",",
                running.spawned().stream()
                        .map(process -> Long.toString(process.pid()))
                        .toList());
        return running.process().pid() + (spawned.isEmpty() ? "" : " (" + spawned + ")");
    }

    /** The wrapper died but what it spawned lives on: `down` or `kill` still ends it. */
    private static boolean spawnedAlive(RunningComponent running) {
        return running.spawned().stream().anyMatch(ProcessRef::isAlive);
    }

    private static long residentKib(RunningComponent running) {
        return running.processes().stream()
                .filter(ProcessRef::isAlive)
                .mapToLong(process -> OsProcesses.system()
                        .read(process.pid())
                        .map(ProcessReading::residentKib)
                        .orElse(0L))
                .sum();
    }
}
