package io.shoplab.lab.process;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import io.shoplab.lab.LabException;

/**
 * Freezes processes the lab recorded (and the children they spawned) with SIGSTOP, as a machine that stops
 * scheduling them would, and thaws them with SIGCONT. A frozen process keeps its sockets open: its peers see
 * no refusal, only silence, until their own timeouts. Java cannot send these signals, so {@code kill(1)} does.
 */
public final class ProcessFreezer {

    private ProcessFreezer() {}

    /** SIGSTOP to each live process and its descendants. */
    public static void pause(List<ProcessRef> processes) {
        signal("-STOP", processes);
    }

    /** SIGCONT to each live process and its descendants; nothing happens to those not stopped. */
    public static void resume(List<ProcessRef> processes) {
        signal("-CONT", processes);
    }

    /** True if any of them is stopped. */
    public static boolean isPaused(List<ProcessRef> processes) {
        return processes.stream()
                .anyMatch(process -> process.handle().isPresent()
                        && OsProcesses.system()
                                .read(process.pid())
                                .filter(ProcessReading::stopped)
                                .isPresent());
    }

    private static void signal(String signal, List<ProcessRef> processes) {
        List<String> pids = processes.stream()
                .flatMap(process -> process.handle().stream())
                .flatMap(handle -> Stream.concat(Stream.of(handle), handle.descendants()))
                .map(handle -> Long.toString(handle.pid()))
                .distinct()
                .toList();
        if (pids.isEmpty()) {
            return;
        }
        try {
            Process kill = new ProcessBuilder(Stream.concat(Stream.of("kill", signal), pids.stream())
                            .toList())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(kill.getInputStream().readAllBytes());
            // kill signals every PID it can; one that ended since it was listed (a PostgreSQL backend closing)
            // is reported as "No such process", and is no failure: only another complaint is.
            boolean onlyGone = output.lines().allMatch(line -> line.isBlank() || line.contains("No such process"));
            if (kill.waitFor() != 0 && !onlyGone) {
                throw new LabException("kill " + signal + " " + String.join(" ", pids) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new LabException("cannot run kill " + signal + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while sending " + signal);
        }
    }
}
