package io.shoplab.lab.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What only Linux tells about a process, under /proc, and OSHI does not: its proportional memory, its control groups and
 * the CPU of the children it has reaped. Elsewhere (macOS) there is no /proc, and every answer is empty or 0. For CPU,
 * memory and state see {@link OsProcesses}.
 */
public final class ProcFs {

    private static final ProcFs SYSTEM = new ProcFs(Path.of("/proc"));
    /** The unit of /proc's CPU times (USER_HZ): 100 a second on every Linux the lab runs on. */
    private static final double TICKS_PER_SECOND = 100;
    /** cutime and cstime, counted from 1 in proc(5), after the command name and its closing parenthesis. */
    private static final int REAPED_USER = 16;

    private static final int REAPED_SYSTEM = 17;

    private final Path root;

    /** @param root the proc file system's mount point; tests pass a directory of their own */
    public ProcFs(Path root) {
        this.root = root;
    }

    public static ProcFs system() {
        return SYSTEM;
    }

    /** Proportional set size (Pss in smaps_rollup) in KiB: shared pages divided among their users; empty when gone. */
    public OptionalLong proportionalKib(long pid) {
        return read(pid, "smaps_rollup").map(text -> parseKib(text, "Pss:")).orElse(OptionalLong.empty());
    }

    /**
     * CPU seconds (user + system) of the children it has waited for, theirs and their own reaped children's: what a
     * process that has ended passed on to its parent, and no longer shows itself (PostgreSQL's backends, once their
     * connection closed). 0 when gone.
     */
    public double reapedChildrenCpuSeconds(long pid) {
        return read(pid, "stat")
                .map(stat -> {
                    // the command name may hold spaces and parentheses: the fields start after its last ')'
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    int offset = 3; // fields[0] is proc(5)'s field 3, the state
                    return (Long.parseLong(fields[REAPED_USER - offset])
                                    + Long.parseLong(fields[REAPED_SYSTEM - offset]))
                            / TICKS_PER_SECOND;
                })
                .orElse(0.0);
    }

    /** The control groups it belongs to ({@code /proc/PID/cgroup}), as this machine sees them; empty when gone. */
    public Optional<String> controlGroups(long pid) {
        return read(pid, "cgroup");
    }

    private static OptionalLong parseKib(String text, String label) {
        return text.lines()
                .filter(line -> line.startsWith(label))
                .map(line -> line.substring(label.length()).trim().split("\\s+")[0])
                .mapToLong(Long::parseLong)
                .findFirst();
    }

    private Optional<String> read(long pid, String file) {
        try {
            return Optional.of(Files.readString(root.resolve(Long.toString(pid)).resolve(file)));
        } catch (IOException | RuntimeException goneOrNoProc) {
            return Optional.empty();
        }
    }
}
