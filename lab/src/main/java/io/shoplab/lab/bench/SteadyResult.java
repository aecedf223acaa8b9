package io.shoplab.lab.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scenario at a fixed rate: its latency, and the cost of each request in each process.
 *
 * @param rate the offered rate, requests per second
 * @param requests the requests sent
 * @param failed those that failed or were degraded
 * @param p50Millis median latency from the intended start
 * @param p99Millis 99th percentile of latency from the intended start
 * @param cpuMillisPerRequest CPU milliseconds per answered request, per component, from the operating system
 * @param memoryMib mean resident memory per component (PostgreSQL: the PSS of all its processes)
 */
public record SteadyResult(
        double rate,
        long requests,
        long failed,
        long p50Millis,
        long p99Millis,
        Map<String, Double> cpuMillisPerRequest,
        Map<String, Double> memoryMib) {

    public SteadyResult {
        // in the stack's order of components, as the report lists them
        cpuMillisPerRequest = Collections.unmodifiableMap(new LinkedHashMap<>(cpuMillisPerRequest));
        memoryMib = Collections.unmodifiableMap(new LinkedHashMap<>(memoryMib));
    }

    public double totalCpuMillisPerRequest() {
        return cpuMillisPerRequest.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    public double totalMemoryMib() {
        return memoryMib.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
