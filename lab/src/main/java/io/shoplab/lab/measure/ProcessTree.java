package io.shoplab.lab.measure;

import java.util.ArrayList;
import java.util.List;

import io.shoplab.lab.process.ProcFs;

/**
 * A process with everything it started, as the operating system counts them: PostgreSQL's work is done
 * in the backends its postmaster forks, which neither the postmaster's own CPU time nor its resident
 * memory include. A JVM has no children, so for it this is the process alone.
 */
public record ProcessTree(long pid) {

    /** CPU seconds (user + system) used so far by the process and its living descendants. */
    public double cpuSeconds() {
        ProcCpu cpu = ProcCpu.system();
        return members().stream().mapToDouble(member -> cpu.cpuSeconds(member).orElse(0)).sum();
    }

    /**
     * Resident memory in MiB: the process's RSS alone; with descendants their proportional share (PSS)
     * added up, since PostgreSQL's processes map one shared buffer pool that an RSS sum would count in each.
     */
    public double memoryMib() {
        ProcFs procFs = ProcFs.system();
        List<Long> members = members();
        if (members.size() == 1) {
            return procFs.residentKib(pid).orElse(0) / 1024.0;
        }
        return members.stream().mapToLong(member -> procFs.proportionalKib(member).orElse(0)).sum() / 1024.0;
    }

    private List<Long> members() {
        List<Long> members = new ArrayList<>(List.of(pid));
        for (int i = 0; i < members.size(); i++) {
            members.addAll(ProcFs.system().children(members.get(i)));
        }
        return members;
    }
}
