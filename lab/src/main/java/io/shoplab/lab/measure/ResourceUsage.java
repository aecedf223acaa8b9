package io.shoplab.lab.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU and memory of a stack's processes over a run.
 *
 * @param processes per component, in the order first watched
 * @param total all of them added up second by second
 */
public record ResourceUsage(List<ProcessUsage> processes, ProcessUsage total) {

    public static final ResourceUsage NONE = of(List.of());

    public ResourceUsage {
        processes = List.copyOf(processes);
    }

    public static ResourceUsage of(List<ProcessUsage> processes) {
        Map<Long, double[]> perSecond = new TreeMap<>();
        for (ProcessUsage process : processes) {
            for (ProcessSample sample : process.samples()) {
                double[] sums = perSecond.computeIfAbsent(sample.second(), second -> new double[2]);
                sums[0] += sample.cpuSeconds();
                sums[1] += sample.rssMib();
            }
        }
        List<ProcessSample> totals = new ArrayList<>();
        perSecond.forEach((second, sums) -> totals.add(new ProcessSample(second, sums[0], sums[1], true)));
        List<Long> pids =
                processes.stream().flatMap(process -> process.pids().stream()).toList();
        return new ResourceUsage(processes, ProcessUsage.of("total", pids, totals, null));
    }
}
