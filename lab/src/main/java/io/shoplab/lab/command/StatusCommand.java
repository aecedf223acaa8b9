package io.shoplab.lab.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.shoplab.lab.LabException;
import io.shoplab.lab.faults.FaultClient;
import io.shoplab.lab.faults.FaultTargets;
import io.shoplab.lab.health.HealthProbe;
import io.shoplab.lab.process.ProcFs;
import io.shoplab.lab.process.ProcessRef;
import io.shoplab.lab.stack.SpringBootApp;
import io.shoplab.lab.state.LabState;
import io.shoplab.lab.state.RunningComponent;
import picocli.CommandLine.Command;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Shows what the lab started: process, port, liveness, health, memory, uptime.",
                "RSS adds up the component's own process and those it spawned (PostgreSQL: wrapper + postmaster).",
                "Then the faults in force in every app started with --faults."})
public final class StatusCommand implements Callable<Integer> {

    private static final String ROW = "%-20s %-14s %-6s %-11s %-12s %8s %9s%n";

    @Override
    public Integer call() {
        LabState state = LabContext.fromEnvironment().store().load();
        if (state.components().isEmpty()) {
            System.out.println("nothing started; try ./shoplab up monolith");
            return 0;
        }
        System.out.printf(ROW, "NAME", "PID", "PORT", "ALIVE", "HEALTH", "RSS MiB", "UPTIME");
        state.components().forEach(running -> System.out.printf(ROW, row(running).toArray()));
        printFaults(state);
        return 0;
    }

    /** Asks each running app with a fault endpoint what is in force; an app that does not answer says so. */
    private static void printFaults(LabState state) {
        List<SpringBootApp> apps = FaultTargets.faultEndpoints(state, Optional.empty());
        if (apps.isEmpty()) {
            System.out.println("faults: none possible (no app runs with --faults)");
            return;
        }
        List<String> lines = new ArrayList<>();
        for (SpringBootApp app : apps) {
            try {
                new FaultClient(app.baseUrl()).inForce()
                        .forEach((component, fault) -> lines.add(app.name() + ": " + component + " " + fault.describe()));
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
        String spawned = String.join(",", running.spawned().stream().map(process -> Long.toString(process.pid())).toList());
        return running.process().pid() + (spawned.isEmpty() ? "" : " (" + spawned + ")");
    }

    /** The wrapper died but what it spawned lives on: `down` or `kill` still ends it. */
    private static boolean spawnedAlive(RunningComponent running) {
        return running.spawned().stream().anyMatch(ProcessRef::isAlive);
    }

    private static long residentKib(RunningComponent running) {
        return running.processes().stream()
                .filter(ProcessRef::isAlive)
                .mapToLong(process -> ProcFs.system().residentKib(process.pid()).orElse(0))
                .sum();
    }
}
