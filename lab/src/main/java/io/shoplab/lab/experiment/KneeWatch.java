package io.shoplab.lab.experiment;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;

import io.shoplab.lab.Polling;
import io.shoplab.lab.bench.CapacityProbe;
import io.shoplab.lab.bench.ServiceLevel;
import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.measure.ProcessTree;
import io.shoplab.lab.process.OsProcesses;

/**
 * Samples the CPU each serving part and the load generator used, and how often each part's quota held it back, as each
 * step of a capacity search is judged, so that the step that broke the service level can be blamed ({@link Knee}); and
 * what the parts held in memory then. Of a search in several runs (coarse steps, then fine), the last break is the
 * knee. Each sample covers one step's length, a little after the step itself (a step is judged once its answers are in).
 * Of each part's CPU, what its JIT compilers used is counted apart: inside the quota, a node still compiling at the knee
 * was not warm; beside it ({@link io.shoplab.lab.budget.ControlGroup#moveBeside}), it is not part of the quota's use.
 */
final class KneeWatch implements CapacityProbe.StepListener {

    /** A part using less than this share of its budget is idle: an app at rest uses a few percent of a tenth of a core. */
    static final double IDLE_SHARE = 0.3;

    private static final Duration IDLE_SAMPLE = Duration.ofSeconds(1);

    private final StackControl lab;
    private final Map<String, Long> pids;
    private final ToDoubleFunction<Long> cpuSeconds;
    private final ToDoubleFunction<Long> compilerSeconds;
    private Sample last;
    private Knee knee = Knee.NONE;
    private double rssMib;

    /** @param pids the parts that serve, by name */
    KneeWatch(StackControl lab, Map<String, Long> pids) {
        this(lab, pids, pid -> new ProcessTree(pid).cpuSeconds(), OsProcesses.system()::jitCompilerCpuSeconds);
    }

    /**
     * @param cpuSeconds the CPU seconds a process has used so far, its descendants' included
     * @param compilerSeconds the CPU seconds its JIT compiler threads have used so far
     */
    KneeWatch(
            StackControl lab,
            Map<String, Long> pids,
            ToDoubleFunction<Long> cpuSeconds,
            ToDoubleFunction<Long> compilerSeconds) {
        if (pids.isEmpty()) {
            throw new IllegalArgumentException("no serving parts to watch");
        }
        this.lab = lab;
        this.pids = Map.copyOf(pids);
        this.cpuSeconds = cpuSeconds;
        this.compilerSeconds = compilerSeconds;
        this.last = sample(0);
    }

    @Override
    public void judged(ServiceLevel.Step step, long loadGeneratorPid) {
        Sample now = sample(loadGeneratorPid);
        if (!step.served()) {
            double seconds =
                    Math.max(0.001, Duration.between(last.at(), now.at()).toMillis() / 1000.0);
            long periods =
                    Math.max(1, Duration.between(last.at(), now.at()).toNanos() / (ControlGroup.PERIOD_MICROS * 1000));
            Map<String, Knee.PartUse> parts = new LinkedHashMap<>();
            now.cpu().forEach((part, cpu) -> {
                double compilers =
                        (now.compilerCpu().get(part) - last.compilerCpu().getOrDefault(part, 0.0)) / seconds;
                boolean beside = now.compilersBeside().contains(part);
                parts.put(
                        part,
                        new Knee.PartUse(
                                (cpu - last.cpu().getOrDefault(part, cpu)) / seconds - (beside ? compilers : 0),
                                lab.budget(part).cpus(),
                                Math.min(
                                        1,
                                        (double) (now.throttled().getOrDefault(part, 0L)
                                                        - last.throttled().getOrDefault(part, 0L))
                                                / periods),
                                compilers,
                                beside));
            });
            double generator = loadGeneratorPid == last.generatorPid()
                    ? now.generatorCpu() - last.generatorCpu()
                    : now.generatorCpu();
            knee = Knee.of(
                    step, parts, generator / seconds, Runtime.getRuntime().availableProcessors());
        }
        if (knee == Knee.NONE || !step.served()) { // until a step broke, the memory of the latest
            rssMib = pids.values().stream()
                    .mapToDouble(pid -> new ProcessTree(pid).memoryMib())
                    .sum();
        }
        last = now;
    }

    /**
     * Waits, {@code atMost}, until every serving part uses less than {@link #IDLE_SHARE} of its budget (of a core where
     * it has none): until the parts have worked off what the last overload queued in them. A node of a tenth of a core
     * takes several seconds to answer a backlog that the load generator has long given up on, and a search started in
     * it breaks at its first step.
     *
     * @return whether they went idle in time
     */
    boolean awaitIdle(Duration atMost) {
        return Polling.until(new Idle(), IDLE_SAMPLE, Instant.now().plus(atMost));
    }

    Knee knee() {
        return knee;
    }

    /** What the parts held together at the knee (or at the last step, when none broke), MiB. */
    double rssMib() {
        return rssMib;
    }

    private Sample sample(long generatorPid) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Double> compilerCpu = new LinkedHashMap<>();
        Map<String, Long> throttled = new LinkedHashMap<>();
        Set<String> compilersBeside = new HashSet<>();
        pids.forEach((part, pid) -> {
            // A part's CPU and its compilers' are read back to back: read apart, by the time it took to read every
            // other part's threads, a compiler busy in between counted in one and not the other, and an idle
            // orders-service came out at -11 % of its quota. What is left is the length of one reading.
            compilerCpu.put(part, compilerSeconds.applyAsDouble(pid));
            cpu.put(part, cpuSeconds.applyAsDouble(pid));
            lab.budgetUsage(part).ifPresent(usage -> {
                throttled.put(part, usage.throttledPeriods());
                if (usage.compilersBeside()) {
                    compilersBeside.add(part);
                }
            });
        });
        return new Sample(
                Instant.now(),
                cpu,
                compilerCpu,
                compilersBeside,
                throttled,
                generatorPid,
                generatorPid == 0 ? 0 : cpuSeconds.applyAsDouble(generatorPid));
    }

    /** Each part's CPU seconds so far, its descendants' included. */
    private Map<String, Double> partsCpu() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        pids.forEach((part, pid) -> cpu.put(part, cpuSeconds.applyAsDouble(pid)));
        return cpu;
    }

    /**
     * Asked again and again, whether every part used under {@link #IDLE_SHARE} of its budget since it was last asked.
     * It reads the parts' CPU alone, once a second: a whole {@link Sample} would also read every thread of every JVM.
     */
    private final class Idle implements BooleanSupplier {

        private Instant previousAt = Instant.now();
        private Map<String, Double> previousCpu = partsCpu();

        @Override
        public boolean getAsBoolean() {
            Instant now = Instant.now();
            Duration between = Duration.between(previousAt, now);
            if (between.compareTo(IDLE_SAMPLE.dividedBy(2)) < 0) {
                return false; // asked at once: CPU counters move in 10-ms ticks, an instant shows none
            }
            Map<String, Double> cpu = partsCpu();
            double seconds = between.toMillis() / 1000.0;
            boolean idle = cpu.entrySet().stream().allMatch(part -> {
                double used = (part.getValue() - previousCpu.get(part.getKey())) / seconds;
                double budget = lab.budget(part.getKey()).cpus();
                return used < IDLE_SHARE * (budget > 0 ? budget : 1);
            });
            previousAt = now;
            previousCpu = cpu;
            return idle;
        }
    }

    private record Sample(
            Instant at,
            Map<String, Double> cpu,
            Map<String, Double> compilerCpu,
            Set<String> compilersBeside,
            Map<String, Long> throttled,
            long generatorPid,
            double generatorCpu) {}
}
