package io.shoplab.lab.command;

import java.util.List;
import java.util.concurrent.Callable;

import io.shoplab.lab.health.HealthProbe;
import io.shoplab.lab.process.ProcFs;
import io.shoplab.lab.process.ProcessRef;
import io.shoplab.lab.state.LabState;
import io.shoplab.lab.state.RunningComponent;
import picocli.CommandLine.Command;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Shows what the lab started: process, port, liveness, health, memory, uptime.",
                "RSS adds up the component's own process and those it spawned (PostgreSQL: wrapper + postmaster)."})
public final class StatusCommand implements Callable<Integer> {

    private static final String ROW = "%-16s %-14s %-6s %-11s %-12s %8s %9s%n";

    @Override
    public Integer call() {
        LabState state = LabContext.fromEnvironment().store().load();
        if (state.components().isEmpty()) {
            System.out.println("nothing started; try ./shoplab up monolith");
            return 0;
        }
        System.out.printf(ROW, "NAME", "PID", "PORT", "ALIVE", "HEALTH", "RSS MiB", "UPTIME");
        state.components().forEach(running -> System.out.printf(ROW, row(running).toArray()));
        return 0;
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
