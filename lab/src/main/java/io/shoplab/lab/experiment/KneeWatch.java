package io.shoplab.lab.experiment;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.shoplab.lab.bench.CapacityProbe;
import io.shoplab.lab.bench.ServiceLevel;
import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.measure.ProcessTree;

/**
 * Samples the CPU each serving part and the load generator used, and how often each part's quota held it back, as each
 * step of a capacity search is judged, so that the step that broke the service level can be blamed ({@link Knee}); and
 * what the parts held in memory then. Of a search in several runs (coarse steps, then fine), the last break is the
 * knee. Each sample covers one step's length, a little after the step itself (a step is judged once its answers are in).
 */
final class KneeWatch implements CapacityProbe.StepListener {

    private final StackControl lab;
    private final Map<String, Long> pids;
    private Sample last;
    private Knee knee = Knee.NONE;
    private double rssMib;

    /** @param pids the parts that serve, by name */
    KneeWatch(StackControl lab, Map<String, Long> pids) {
        this.lab = lab;
        this.pids = Map.copyOf(pids);
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
            now.cpu()
                    .forEach((part, cpu) -> parts.put(
                            part,
                            new Knee.PartUse(
                                    (cpu - last.cpu().getOrDefault(part, cpu)) / seconds,
                                    lab.budget(part).cpus(),
                                    Math.min(
                                            1,
                                            (double) (now.throttled().getOrDefault(part, 0L)
                                                            - last.throttled().getOrDefault(part, 0L))
                                                    / periods))));
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

    Knee knee() {
        return knee;
    }

    /** What the parts held together at the knee (or at the last step, when none broke), MiB. */
    double rssMib() {
        return rssMib;
    }

    private Sample sample(long generatorPid) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Long> throttled = new LinkedHashMap<>();
        pids.forEach((part, pid) -> {
            cpu.put(part, new ProcessTree(pid).cpuSeconds());
            lab.budgetUsage(part).ifPresent(usage -> throttled.put(part, usage.throttledPeriods()));
        });
        return new Sample(
                Instant.now(),
                cpu,
                throttled,
                generatorPid,
                generatorPid == 0 ? 0 : new ProcessTree(generatorPid).cpuSeconds());
    }

    private record Sample(
            Instant at, Map<String, Double> cpu, Map<String, Long> throttled, long generatorPid, double generatorCpu) {}
}
