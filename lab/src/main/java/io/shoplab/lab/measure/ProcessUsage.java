package io.shoplab.lab.measure;

import java.util.List;

/**
 * What one component (or all of them: name {@code "total"}) used while sampled. A component
 * restarted under the same name keeps one entry with all its PIDs.
 *
 * @param name the component's name
 * @param pids every PID it had, in the order watched
 * @param cpuSeconds CPU time used between its first and last sample
 * @param averageRssMib mean resident memory over the samples it was alive in
 * @param maxRssMib highest resident memory seen
 * @param samples one per second sampled
 * @param goneAtSecond the second its last PID was found gone; {@code null} if alive at the end
 */
public record ProcessUsage(
        String name,
        List<Long> pids,
        double cpuSeconds,
        double averageRssMib,
        double maxRssMib,
        List<ProcessSample> samples,
        Long goneAtSecond) {

    public ProcessUsage {
        pids = List.copyOf(pids);
        samples = List.copyOf(samples);
    }

    public static ProcessUsage of(String name, List<Long> pids, List<ProcessSample> samples, Long goneAtSecond) {
        double cpu = samples.stream().mapToDouble(ProcessSample::cpuSeconds).sum();
        double average = samples.stream()
                .filter(ProcessSample::alive)
                .mapToDouble(ProcessSample::rssMib)
                .average()
                .orElse(0);
        double max = samples.stream().mapToDouble(ProcessSample::rssMib).max().orElse(0);
        return new ProcessUsage(name, pids, cpu, average, max, samples, goneAtSecond);
    }
}
