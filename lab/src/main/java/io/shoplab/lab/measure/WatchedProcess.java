package io.shoplab.lab.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.shoplab.lab.process.OsProcesses;
import io.shoplab.lab.process.ProcessReading;

/** The sampling state of one component: its current PID, the CPU time seen last, its samples. Not thread-safe. */
final class WatchedProcess {

    private static final double KIB_PER_MIB = 1024;

    private final String name;
    private final List<Long> pids = new ArrayList<>();
    private final List<ProcessSample> samples = new ArrayList<>();
    private long pid;
    private double lastCpuSeconds;
    private Long goneAtSecond;

    WatchedProcess(String name) {
        this.name = name;
    }

    /** Starts following this PID (first start or restart); its CPU time so far is the baseline, not usage. */
    void follow(long newPid, long second, OsProcesses processes) {
        pid = newPid;
        pids.add(newPid);
        Optional<ProcessReading> baseline = processes.read(newPid);
        lastCpuSeconds = baseline.map(ProcessReading::cpuSeconds).orElse(0.0);
        goneAtSecond = baseline.isPresent() ? null : second;
    }

    /** Takes this second's sample, or records the process as gone the first time it is missing. */
    void sample(long second, OsProcesses processes) {
        if (goneAtSecond != null) {
            return;
        }
        Optional<ProcessReading> reading = processes.read(pid);
        if (reading.isEmpty()) {
            goneAtSecond = second;
            samples.add(new ProcessSample(second, 0, 0, false));
            return;
        }
        double cpuSeconds = reading.get().cpuSeconds();
        samples.add(new ProcessSample(
                second, Math.max(0, cpuSeconds - lastCpuSeconds), reading.get().residentKib() / KIB_PER_MIB, true));
        lastCpuSeconds = cpuSeconds;
    }

    ProcessUsage usage() {
        return ProcessUsage.of(name, pids, samples, goneAtSecond);
    }
}
