package io.shoplab.lab.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What only Linux tells about a process, under /proc, and OSHI does not: its proportional memory and its control
 * groups. Elsewhere (macOS) there is no /proc, and every answer is empty. For CPU, memory and state see
 * {@link OsProcesses}.
 */
public final class ProcFs {

    private static final ProcFs SYSTEM = new ProcFs(Path.of("/proc"));

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
