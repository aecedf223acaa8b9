package io.shoplab.lab.health;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.shoplab.lab.Polling;

/** Polls a stack's route probes until all pass, as {@link ReadinessWait} does for processes. */
public final class RouteWait {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

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
        WaitProgress progress = new WaitProgress();
        Map<RouteProbe, String> failing = new LinkedHashMap<>();
        boolean allWork = Polling.until(
                () -> {
                    failing.clear();
                    for (RouteProbe probe : probes) {
                        probe.problem().ifPresent(answer -> failing.put(probe, answer));
                    }
                    if (!failing.isEmpty() && progress.due()) {
                        out.printf(
                                "  routes %d s: %d of %d work; waiting for %s%n",
                                progress.seconds(), probes.size() - failing.size(), probes.size(), describe(failing));
                    }
                    return failing.isEmpty();
                },
                POLL_INTERVAL,
                deadline);
        if (!allWork) {
            List<Path> logs = failing.keySet().stream()
                    .flatMap(probe -> probe.servedBy().stream())
                    .distinct()
                    .map(logFileOf)
                    .toList();
            throw ReadinessWait.failure("routes not working in time: " + describe(failing), logs);
        }
        return progress.elapsed();
    }

    private static String describe(Map<RouteProbe, String> failing) {
        return failing.entrySet().stream()
                .map(entry -> entry.getKey().url() + " → " + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
