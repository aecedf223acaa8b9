package io.shoplab.lab.report;

import io.shoplab.lab.measure.ProcessSample;
import io.shoplab.lab.measure.ResourceUsage;
import io.shoplab.lab.measure.Summary;

/** Small pure functions that experiments use to reach their verdicts; the verdict sentences stay with the experiments. */
public final class Comparisons {

    private Comparisons() {}

    /**
     * CPU seconds of all sampled processes during the summary's window, per 1,000 requests answered in it;
     * {@code null} when nothing was sampled or nothing answered.
     */
    public static Double cpuSecondsPer1000Requests(ResourceUsage usage, Summary summary) {
        long requests = summary.total().count();
        if (usage.processes().isEmpty() || requests == 0) {
            return null;
        }
        double cpuSeconds = usage.total().samples().stream()
                .filter(sample -> summary.window().contains(sample.second()))
                .mapToDouble(ProcessSample::cpuSeconds)
                .sum();
        return cpuSeconds * 1000 / requests;
    }
}
