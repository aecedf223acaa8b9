package io.shoplab.lab.health;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Polls a stack's route probes until all pass, as {@link ReadinessWait} does for processes. */
public final class RouteWait {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    private final PrintStream out;
    private final Instant deadline;

    public RouteWait(PrintStream out, Instant deadline) {
        this.out = out;
        this.deadline = deadline;
    }

    /**
     * Returns how long it took until every probe passed in the same round.
     *
     * @param logFileOf the log of a component named in {@link RouteProbe#servedBy()}, for the failure message
     */
    public Duration awaitAll(List<RouteProbe> probes, Function<String, Path> logFileOf) {
        Instant start = Instant.now();
        Instant nextProgress = start.plus(PROGRESS_INTERVAL);
        while (true) {
            Map<RouteProbe, String> failing = new LinkedHashMap<>();
            for (RouteProbe probe : probes) {
                Optional<String> problem = probe.problem();
                problem.ifPresent(answer -> failing.put(probe, answer));
            }
            Duration waited = Duration.between(start, Instant.now());
            if (failing.isEmpty()) {
                return waited;
            }
            if (Instant.now().isAfter(deadline)) {
                List<Path> logs = failing.keySet().stream().flatMap(probe -> probe.servedBy().stream()).distinct()
                        .map(logFileOf).toList();
                throw ReadinessWait.failure("routes not working in time: " + describe(failing), logs);
            }
            if (Instant.now().isAfter(nextProgress)) {
                out.printf("  routes %d s: %d of %d work; waiting for %s%n", waited.toSeconds(),
                        probes.size() - failing.size(), probes.size(), describe(failing));
                nextProgress = nextProgress.plus(PROGRESS_INTERVAL);
            }
            ReadinessWait.pause(POLL_INTERVAL);
        }
    }

    private static String describe(Map<RouteProbe, String> failing) {
        return failing.entrySet().stream().map(entry -> entry.getKey().url() + " → " + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
