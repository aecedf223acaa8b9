package io.shoplab.lab.containers;

import java.util.OptionalLong;

import io.shoplab.lab.process.OsProcesses;
import io.shoplab.lab.process.ProcFs;
import io.shoplab.lab.process.ProcessReading;

/**
 * A container's work as a host process, for the report's CPU and memory: its main process as the
 * engine names it is its init (Compose's {@code init: true}) or the server itself (PostgreSQL); the
 * JVM is the init's child. Podman's rootful containers and Docker Engine on Linux run in this machine's
 * kernel, so its process table shows them; Docker Desktop runs them in a virtual machine, whose PIDs mean
 * nothing here. A PID counts only if its control groups name the container, so a PID of another machine
 * is never measured by mistake: control groups are Linux's, so elsewhere no PID counts.
 */
final class HostProcesses {

    private final ProcFs procFs;
    private final OsProcesses processes;

    /** @param procFs where the control groups are read; the others come from the operating system */
    HostProcesses(ProcFs procFs) {
        this.procFs = procFs;
        this.processes = OsProcesses.system();
    }

    /** The host PID of the process that does the container's work: the JVM, or PostgreSQL's postmaster; empty if not visible. */
    OptionalLong workerPid(ContainerInfo container) {
        long main = container.pid();
        if (main <= 0 || !belongsTo(main, container.id())) {
            return OptionalLong.empty();
        }
        if (isJava(main)) {
            return OptionalLong.of(main);
        }
        return OptionalLong.of(processes.children(main).stream()
                .filter(this::isJava)
                .findFirst()
                .orElse(main));
    }

    private boolean isJava(long pid) {
        return processes
                .read(pid)
                .map(ProcessReading::name)
                .filter("java"::equals)
                .isPresent();
    }

    private boolean belongsTo(long pid, String containerId) {
        return !containerId.isEmpty()
                && procFs.controlGroups(pid)
                        .filter(groups -> groups.contains(containerId))
                        .isPresent();
    }
}
