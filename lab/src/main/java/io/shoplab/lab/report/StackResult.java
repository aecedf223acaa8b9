package io.shoplab.lab.report;

import java.util.List;

import io.shoplab.lab.measure.ProcessSample;
import io.shoplab.lab.measure.ResourceUsage;
import io.shoplab.lab.measure.Summary;
import io.shoplab.lab.measure.Timeline;

/**
 * What one stack did in one experiment. Build it with {@link #of} and the {@code with…} methods.
 *
 * @param stack "monolith" or "microservices" (or a variant such as "microservices, 2 catalogs")
 * @param timeline its run second by second
 * @param summary the window the experiment's verdict is about (often the whole run)
 * @param usage CPU and memory of its processes
 * @param cpuSecondsPer1000Requests CPU seconds of all its processes per 1,000 requests answered; {@code null} when not sampled
 * @param recoverySeconds seconds from the fault (or heal) until it answered well again; {@code null} when it did not or no fault
 * @param invariants business rules checked afterwards
 * @param gatlingReport path of Gatling's HTML report, relative to the report directory if possible; {@code null} if none
 */
public record StackResult(
        String stack,
        Timeline timeline,
        Summary summary,
        ResourceUsage usage,
        Double cpuSecondsPer1000Requests,
        Long recoverySeconds,
        List<InvariantCheck> invariants,
        String gatlingReport) {

    public StackResult {
        invariants = List.copyOf(invariants);
    }

    public static StackResult of(String stack, Timeline timeline, Summary summary, ResourceUsage usage) {
        return new StackResult(
                stack, timeline, summary, usage, cpuSecondsPer1000(usage, summary), null, List.of(), null);
    }

    public StackResult withRecoverySeconds(Long seconds) {
        return new StackResult(
                stack, timeline, summary, usage, cpuSecondsPer1000Requests, seconds, invariants, gatlingReport);
    }

    public StackResult withInvariants(List<InvariantCheck> checks) {
        return new StackResult(
                stack, timeline, summary, usage, cpuSecondsPer1000Requests, recoverySeconds, checks, gatlingReport);
    }

    public StackResult withGatlingReport(String path) {
        return new StackResult(
                stack, timeline, summary, usage, cpuSecondsPer1000Requests, recoverySeconds, invariants, path);
    }

    /**
     * CPU seconds of all sampled processes in the summary's window, per 1,000 requests answered in it; {@code null}
     * when nothing was sampled or nothing answered.
     */
    private static Double cpuSecondsPer1000(ResourceUsage usage, Summary summary) {
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
