package io.shoplab.lab.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;

import io.shoplab.lab.process.OsProcesses;

/**
 * Whether the JIT compilers of some JVMs have gone quiet since it was last asked: each JVM's compiler threads used
 * less than {@link #QUIET_CORES} of a core in between. A warm-up whose throughput has levelled off on a busy machine
 * may still leave the compilers minutes of work; on a node of a tenth of a core that work takes the CPU the requests
 * need, and the configurations measured later come out faster (seen: 85 listing pages/s per node from three
 * monoliths, 206 from one measured a few minutes later). Processes without such threads (PostgreSQL) are always quiet.
 */
public final class JitQuiet implements BooleanSupplier {

    static final double QUIET_CORES = 0.01;

    private final ToDoubleFunction<Long> compilerSeconds;
    private final Collection<Long> pids;
    private Map<Long, Double> lastCpu;
    private Instant lastAt;

    /** Counts from now. */
    public JitQuiet(OsProcesses processes, Collection<Long> pids) {
        this(processes::jitCompilerCpuSeconds, pids);
    }

    /** @param compilerSeconds the CPU seconds a process's compiler threads have used so far */
    JitQuiet(ToDoubleFunction<Long> compilerSeconds, Collection<Long> pids) {
        if (pids.isEmpty()) {
            throw new IllegalArgumentException("no processes to watch: nothing would ever be compiling");
        }
        this.compilerSeconds = compilerSeconds;
        this.pids = List.copyOf(pids);
        this.lastAt = Instant.now();
        this.lastCpu = compilerCpu();
    }

    @Override
    public boolean getAsBoolean() {
        Instant now = Instant.now();
        Map<Long, Double> cpu = compilerCpu();
        double seconds = Math.max(0.001, Duration.between(lastAt, now).toMillis() / 1000.0);
        boolean quiet = cpu.entrySet().stream()
                .allMatch(compiler ->
                        (compiler.getValue() - lastCpu.getOrDefault(compiler.getKey(), 0.0)) / seconds < QUIET_CORES);
        lastCpu = cpu;
        lastAt = now;
        return quiet;
    }

    private Map<Long, Double> compilerCpu() {
        Map<Long, Double> cpu = new HashMap<>();
        pids.forEach(pid -> cpu.put(pid, compilerSeconds.applyAsDouble(pid)));
        return cpu;
    }
}
