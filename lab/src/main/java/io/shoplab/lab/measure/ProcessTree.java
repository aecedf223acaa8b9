package io.shoplab.lab.measure;

import java.util.List;
import java.util.stream.Stream;

import io.shoplab.lab.process.OsProcesses;
import io.shoplab.lab.process.ProcFs;
import io.shoplab.lab.process.ProcessReading;

/**
 * A process with everything it started, as the operating system counts them: PostgreSQL's work is done
 * in the backends its postmaster forks, which neither the postmaster's own CPU time nor its resident
 * memory include. A JVM has no children, so for it this is the process alone.
 */
public record ProcessTree(long pid) {

    /**
     * CPU seconds (user + system) used so far by the process and its descendants, living or ended: an ended one's time
     * is counted in the parent that reaped it. Without that, the tree's CPU would fall whenever a PostgreSQL backend
     * ended, and a step's use come out negative.
     */
    public double cpuSeconds() {
        OsProcesses processes = OsProcesses.system();
        return members().stream()
                .mapToDouble(member ->
                        processes.read(member).map(ProcessReading::cpuSeconds).orElse(0.0)
                                + ProcFs.system().reapedChildrenCpuSeconds(member))
                .sum();
    }

    /**
     * Resident memory in MiB: the process's RSS alone; with descendants their proportional share (PSS)
     * added up, since PostgreSQL's processes map one shared buffer pool that an RSS sum would count in each.
     * Where the operating system tells no PSS (macOS) it is that RSS sum all the same, an upper bound.
     */
    public double memoryMib() {
        List<Long> members = members();
        if (members.size() == 1) {
            return residentKib(pid) / 1024.0;
        }
        return members.stream()
                        .mapToLong(member ->
                                ProcFs.system().proportionalKib(member).orElseGet(() -> residentKib(member)))
                        .sum()
                / 1024.0;
    }

    private static long residentKib(long pid) {
        return OsProcesses.system().read(pid).map(ProcessReading::residentKib).orElse(0L);
    }

    private List<Long> members() {
        Stream<Long> descendants = ProcessHandle.of(pid).stream()
                .flatMap(ProcessHandle::descendants)
                .map(ProcessHandle::pid);
        return Stream.concat(Stream.of(pid), descendants).toList();
    }
}
