package io.shoplab.lab.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/** What Linux tells about a process under /proc: whether it really runs, and its resident memory. */
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

    /** True if the process exists and is neither a zombie nor dead (state Z or X). */
    public boolean isRunning(long pid) {
        return read(pid, "stat")
                .map(ProcFs::parseState)
                .map(state -> state != 'Z' && state != 'X')
                .orElse(false);
    }

    static OptionalLong parseVmRssKib(String statusText) {
        return statusText.lines()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.substring("VmRSS:".length()).trim().split("\\s+")[0])
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
