package io.shoplab.lab.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One process the lab started or found, identified by its PID <em>and</em> its start time, so that
 * a PID the kernel has since given to another process is never mistaken for ours, nor signalled.
 *
 * @param pid the process id
 * @param startedAt when the kernel says the process started; {@code null} if it could not tell
 */
public record ProcessRef(long pid, Instant startedAt) {

    /** Start times come from the JDK ({@link ProcessHandle.Info#startInstant()}), to a clock tick on Linux; two JVMs may round them differently. */
    private static final Duration SAME_PROCESS_TOLERANCE = Duration.ofSeconds(1);

    /** The running process with this PID, if there is one. */
    public static Optional<ProcessRef> of(long pid) {
        return ProcessHandle.of(pid)
                .map(handle -> new ProcessRef(pid, handle.info().startInstant().orElse(null)));
    }

    /** The live handle of this very process: empty once it has ended, or if the PID now names another one. */
    public Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isSameProcess);
    }

    /** Alive and not a zombie (a killed process whose parent has not reaped it yet is dead to us). */
    public boolean isAlive() {
        return handle().isPresent() && OsProcesses.system().read(pid).isPresent();
    }

    /** Time since start, when alive. */
    public Optional<Duration> uptime() {
        return isAlive() && startedAt != null
                ? Optional.of(Duration.between(startedAt, Instant.now()))
                : Optional.empty();
    }

    private boolean isSameProcess(ProcessHandle handle) {
        if (startedAt == null) {
            return true;
        }
        return handle.info()
                .startInstant()
                .map(actual -> Duration.between(startedAt, actual).abs().compareTo(SAME_PROCESS_TOLERANCE) <= 0)
                .orElse(true);
    }
}
