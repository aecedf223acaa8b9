package io.shoplab.lab.process;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import oshi.SystemInfo;
import oshi.hardware.GlobalMemory;
import oshi.software.os.OSProcess;
import oshi.software.os.OSThread;
import oshi.software.os.OperatingSystem;

/**
 * What the operating system tells about a process, and about the machine's memory, through OSHI: the same calls on
 * Linux, where OSHI reads /proc, and on macOS, where it asks the kernel through JNA.
 */
public final class OsProcesses {

    private static final List<String> JIT_COMPILERS = List.of("C1 CompilerThre", "C2 CompilerThre");
    private static final double MILLIS_PER_SECOND = 1000;
    private static final long BYTES_PER_KIB = 1024;
    private static final long BYTES_PER_MIB = 1024 * 1024;

    private final OperatingSystem os;
    private final GlobalMemory memory;

    private OsProcesses(SystemInfo system) {
        this.os = system.getOperatingSystem();
        this.memory = system.getHardware().getMemory();
    }

    /** The lab's one instance, made on first use: OSHI loads JNA and probes the platform then, which takes a moment. */
    public static OsProcesses system() {
        return Shared.INSTANCE;
    }

    /** The process as it is now; empty when it is gone, or a zombie (ended, not yet reaped by its parent). */
    public Optional<ProcessReading> read(long pid) {
        OSProcess process = os.getProcess(Math.toIntExact(pid));
        if (process == null || process.getState() == OSProcess.State.ZOMBIE) {
            return Optional.empty();
        }
        return Optional.of(new ProcessReading(
                process.getName(),
                (process.getUserTime() + process.getKernelTime()) / MILLIS_PER_SECOND,
                process.getResidentMemory() / BYTES_PER_KIB,
                process.getState() == OSProcess.State.STOPPED));
    }

    /**
     * CPU seconds (user + system) its JIT compiler threads have used so far; 0 when it is gone, or has none (not a JVM).
     */
    public double jitCompilerCpuSeconds(long pid) {
        return jitCompilers(pid)
                        .mapToLong(thread -> thread.getUserTime() + thread.getKernelTime())
                        .sum()
                / MILLIS_PER_SECOND;
    }

    /** The thread IDs of its JIT compiler threads as they are now; empty when it is gone or not a JVM. */
    public List<Long> jitCompilerThreads(long pid) {
        return jitCompilers(pid).map(thread -> (long) thread.getThreadId()).toList();
    }

    /** Linux cuts thread names to 15 characters: HotSpot's JIT threads are "C1 CompilerThre", "C2 CompilerThre". */
    private Stream<OSThread> jitCompilers(long pid) {
        OSProcess process = os.getProcess(Math.toIntExact(pid));
        if (process == null) {
            return Stream.empty();
        }
        return process.getThreadDetails().stream()
                .filter(thread -> JIT_COMPILERS.stream().anyMatch(thread.getName()::startsWith));
    }

    /** The PIDs of its children, zombies included; empty when it is gone or childless. */
    public List<Long> children(long pid) {
        // The JDK's own listing: one scan of the process table, where OSHI's would also read every child's details.
        return ProcessHandle.of(pid).stream()
                .flatMap(ProcessHandle::children)
                .map(ProcessHandle::pid)
                .toList();
    }

    /** The machine's physical memory in MiB. */
    public long totalMemoryMib() {
        return memory.getTotal() / BYTES_PER_MIB;
    }

    private static final class Shared {

        static final OsProcesses INSTANCE = new OsProcesses(new SystemInfo());
    }
}
