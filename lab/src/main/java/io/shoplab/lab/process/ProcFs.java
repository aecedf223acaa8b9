package io.shoplab.lab.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** What Linux tells about a process under /proc: whether it really runs, its resident memory, its children and control groups. */
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

    /** Resident set size (VmRSS) in KiB; empty when the process is gone or is a zombie (no VmRSS line). */
    public OptionalLong residentKib(long pid) {
        return read(pid, "status").map(ProcFs::parseVmRssKib).orElse(OptionalLong.empty());
    }

    /** Proportional set size (Pss in smaps_rollup) in KiB: shared pages divided among their users; empty when gone. */
    public OptionalLong proportionalKib(long pid) {
        return read(pid, "smaps_rollup").map(text -> parseKib(text, "Pss:")).orElse(OptionalLong.empty());
    }

    /** True if the process exists and is neither a zombie nor dead (state Z or X). */
    public boolean isRunning(long pid) {
        return read(pid, "stat")
                .map(ProcFs::parseState)
                .map(state -> state != 'Z' && state != 'X')
                .orElse(false);
    }

    /** True if the process is stopped by a signal (state T): SIGSTOP froze it until a SIGCONT. */
    public boolean isStopped(long pid) {
        return read(pid, "stat").map(ProcFs::parseState).map(state -> state == 'T').orElse(false);
    }

    /** The command name ({@code comm}): {@code java}, {@code postgres}; empty when the process is gone. */
    public Optional<String> commandName(long pid) {
        return read(pid, "comm").map(String::strip);
    }

    /** The PIDs of its children (those of its main thread), as the kernel lists them; empty when gone or childless. */
    public List<Long> children(long pid) {
        return read(pid, "task/" + pid + "/children")
                .map(text -> Arrays.stream(text.strip().split("\\s+")).filter(each -> !each.isEmpty()).map(Long::valueOf).toList())
                .orElse(List.of());
    }

    /** The control groups it belongs to ({@code /proc/PID/cgroup}), as this machine sees them; empty when gone. */
    public Optional<String> controlGroups(long pid) {
        return read(pid, "cgroup");
    }

    static OptionalLong parseVmRssKib(String statusText) {
        return parseKib(statusText, "VmRSS:");
    }

    private static OptionalLong parseKib(String text, String label) {
        return text.lines()
                .filter(line -> line.startsWith(label))
                .map(line -> line.substring(label.length()).trim().split("\\s+")[0])
                .mapToLong(Long::parseLong)
                .findFirst();
    }

    /** The state letter follows the command name, which is in parentheses and may itself hold ") ". */
    static char parseState(String statText) {
        int endOfName = statText.lastIndexOf(')');
        return statText.charAt(endOfName + 2);
    }

    private Optional<String> read(long pid, String file) {
        try {
            return Optional.of(Files.readString(root.resolve(Long.toString(pid)).resolve(file)));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }
}
