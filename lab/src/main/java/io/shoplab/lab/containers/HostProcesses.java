package io.shoplab.lab.containers;

import java.util.OptionalLong;

import io.shoplab.lab.process.ProcFs;

/**
 * A container's work as a host process, for the report's CPU and memory: its main process as the
 * engine names it is its init (Compose's {@code init: true}) or the server itself (PostgreSQL); the
 * JVM is the init's child. Podman's rootful containers and Docker Engine on Linux run in this machine's
 * kernel, so {@code /proc} shows them; Docker Desktop runs them in a virtual machine, whose PIDs mean
 * nothing here. A PID counts only if its control groups name the container, so a PID of another machine
 * is never measured by mistake.
 */
final class HostProcesses {

    private final ProcFs procFs;

    HostProcesses(ProcFs procFs) {
        this.procFs = procFs;
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
        for (long child : procFs.children(main)) {
            if (isJava(child)) {
                return OptionalLong.of(child);
            }
        }
        return OptionalLong.of(main);
    }

    private boolean isJava(long pid) {
        return procFs.commandName(pid).filter("java"::equals).isPresent();
    }

    private boolean belongsTo(long pid, String containerId) {
        return !containerId.isEmpty() && procFs.controlGroups(pid).filter(groups -> groups.contains(containerId)).isPresent();
    }
}
