package io.shoplab.lab.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import io.shoplab.lab.LabException;
import io.shoplab.lab.Polling;
import io.shoplab.lab.load.RunningLoad;
import io.shoplab.lab.measure.ProcessTree;
import io.shoplab.lab.measure.RequestEvent;

/**
 * One scenario at a fixed rate (a fraction of the capacity found): latency, and what each process of the
 * stack spent per request in CPU and held in memory, from the operating system's counters, over a window
 * that leaves out the first seconds (connections opening) and the last (answers still in flight).
 */
final class SteadyRun {

    /** At a third of the rate first, unmeasured: a fresh load generator cannot send hundreds a second at once. */
    private static final Duration LEAD_IN = Duration.ofSeconds(4);
    /** Left out at the start (a fresh load generator, connections opening) and at the end (answers in flight). */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    private final CapacitySearch load;

    SteadyRun(CapacitySearch load) {
        this.load = load;
    }

    /**
     * @param processes the stack's processes by component name (PostgreSQL's postmaster stands for its backends too)
     */
    SteadyResult run(
            String baseUrl,
            Scenario scenario,
            double rate,
            Duration length,
            Map<String, Long> processes,
            Path directory) {
        int steps = (int) Math.max(1, (length.toSeconds() + LEAD_IN.toSeconds() - 1) / LEAD_IN.toSeconds());
        Duration atRate = LEAD_IN.multipliedBy(steps);
        CapacitySearch.drain();
        RunningLoad running = load.start(baseUrl, scenario, rate, LEAD_IN, steps, directory);
        try {
            Instant start = running.awaitFirstRequest(Duration.ofSeconds(60)).plus(LEAD_IN);
            Instant windowStart = start.plus(SETTLE);
            Instant windowEnd = start.plus(atRate).minus(SETTLE);
            Polling.pauseUntil(windowStart);
            Map<String, Double> cpuBefore = read(processes, ProcessTree::cpuSeconds);
            List<Map<String, Double>> memory = new ArrayList<>();
            while (Instant.now().isBefore(windowEnd)) {
                memory.add(read(processes, ProcessTree::memoryMib));
                Polling.pauseUntil(
                        Instant.now().plusSeconds(1).isAfter(windowEnd)
                                ? windowEnd
                                : Instant.now().plusSeconds(1));
            }
            Map<String, Double> cpuAfter = read(processes, ProcessTree::cpuSeconds);
            running.await(atRate.plusSeconds(60));
            List<RequestEvent> events = new EventsTail(running.eventsFile()).next();
            long answeredInWindow = events.stream()
                    .filter(event -> event.epochMillis() >= windowStart.toEpochMilli()
                            && event.epochMillis() < windowEnd.toEpochMilli())
                    .count();
            List<RequestEvent> startedInWindow = events.stream()
                    .filter(event -> {
                        long intendedStart = event.epochMillis() - event.responseMillis();
                        return intendedStart >= windowStart.toEpochMilli() && intendedStart < windowEnd.toEpochMilli();
                    })
                    .toList();
            if (answeredInWindow == 0) {
                throw new LabException("no answer came during the measured window; see " + running.log());
            }
            Map<String, Double> cpuMillisPerRequest = new LinkedHashMap<>();
            cpuAfter.forEach((name, seconds) -> cpuMillisPerRequest.put(
                    name, (seconds - cpuBefore.getOrDefault(name, seconds)) * 1000 / answeredInWindow));
            Map<String, Double> memoryMib = new LinkedHashMap<>();
            processes
                    .keySet()
                    .forEach(name -> memoryMib.put(
                            name,
                            memory.stream()
                                    .mapToDouble(sample -> sample.getOrDefault(name, 0.0))
                                    .average()
                                    .orElse(0)));
            ServiceLevel.Step latency = ServiceLevel.Step.measure(
                    rate, windowEnd.getEpochSecond() - windowStart.getEpochSecond(), startedInWindow);
            return new SteadyResult(
                    rate,
                    latency.sent(),
                    latency.failed(),
                    latency.p50Millis(),
                    latency.p99Millis(),
                    cpuMillisPerRequest,
                    memoryMib);
        } finally {
            running.stop();
        }
    }

    private static Map<String, Double> read(Map<String, Long> processes, ToDoubleFunction<ProcessTree> reading) {
        Map<String, Double> values = new LinkedHashMap<>();
        processes.forEach((name, pid) -> values.put(name, reading.applyAsDouble(new ProcessTree(pid))));
        return values;
    }
}
