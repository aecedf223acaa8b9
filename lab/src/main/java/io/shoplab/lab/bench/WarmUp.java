package io.shoplab.lab.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.shoplab.lab.load.GatlingLoad;
import io.shoplab.lab.load.LoadSpec;
import io.shoplab.lab.load.RunningLoad;
import io.shoplab.lab.measure.RequestEvent;

/**
 * Loads a fresh stack with a closed loop, a few requests always in flight, until its throughput stops rising:
 * by then the JIT has compiled what the load runs. A closed loop runs at whatever the stack can do, so it
 * neither stops early on a cold JVM (as a rising open load does, at its first slow step) nor leaves a warm one
 * idle. On this kind of machine a microservice stack takes minutes to get there, a monolith far less: seven
 * JVMs each compile their own copy of the framework's hot code.
 */
public final class WarmUp {

    static final int IN_FLIGHT = 8;
    /**
     * For a node's own pace on its budget: with {@link #IN_FLIGHT} requests queued, order placements on a tenth of a
     * core waited past their timeout, and a loop of timeouts tells nothing about the rate the node serves.
     */
    public static final int FEW_IN_FLIGHT = 2;

    static final Duration WINDOW = Duration.ofSeconds(15);
    /** A window at most this much above the best one before it has stopped rising. */
    static final double RISING = 1.03;

    /** For a warm-up that ends on its throughput alone. */
    public static final BooleanSupplier THROUGHPUT_ALONE = () -> true;

    /**
     * @param healthyPerSecond healthy answers per second in each window, in order
     * @param took from the first request to the end of the last window
     * @param settled whether it ended because it had levelled off, not at its limit
     */
    record Result(List<Double> healthyPerSecond, Duration took, boolean settled) {

        Result {
            healthyPerSecond = List.copyOf(healthyPerSecond);
        }

        /** The best window's rate: what the warm stack does with that many requests in flight. */
        double throughput() {
            return healthyPerSecond.stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(0);
        }
    }

    private final GatlingLoad gatling;
    private final Duration requestTimeout;

    WarmUp(GatlingLoad gatling, Duration requestTimeout) {
        this.gatling = gatling;
        this.requestTimeout = requestTimeout;
    }

    /**
     * @param limit the longest it may take; windows are shorter when it is shorter than two of them
     * @param settledToo asked as each window closes: a warm-up levelled off ends only once it answers true too (the
     *                   JIT quiet, say)
     * @param progress told each window's healthy answers per second
     */
    Result run(
            List<String> baseUrls,
            Scenario scenario,
            int inFlight,
            Duration limit,
            Path directory,
            BooleanSupplier settledToo,
            Consumer<Double> progress) {
        Duration window = window(limit);
        RunningLoad load = gatling.start(
                new LoadSpec(
                        "CapacitySimulation",
                        baseUrls,
                        inFlight,
                        Map.of(
                                "target", scenario.key(),
                                "inFlight", String.valueOf(inFlight),
                                "seconds", String.valueOf(limit.toSeconds()),
                                "gatling.http.requestTimeout", String.valueOf(requestTimeout.toMillis())),
                        scenario == Scenario.ORDER),
                limit,
                directory);
        try {
            Instant start = load.awaitFirstRequest(CapacitySearch.FIRST_REQUEST_TIMEOUT);
            EventsTail tail = new EventsTail(load.eventsFile());
            int windows = (int) (limit.toMillis() / window.toMillis());
            long[] healthy = new long[windows];
            List<Double> perSecond = new ArrayList<>();
            boolean settled = false;
            while (perSecond.size() < windows && !settled) {
                for (RequestEvent event : tail.next()) {
                    long index = (event.epochMillis() - start.toEpochMilli()) / window.toMillis();
                    if (event.ok() && index >= 0 && index < windows) {
                        healthy[(int) index]++;
                    }
                }
                int next = perSecond.size();
                if (Instant.now()
                        .isAfter(start.plus(window.multipliedBy(next + 1)).plusMillis(500))) {
                    double rate = healthy[next] * 1000.0 / window.toMillis();
                    perSecond.add(rate);
                    progress.accept(rate);
                    settled = settledToo.getAsBoolean() && levelledOff(perSecond);
                }
                CapacitySearch.pause();
            }
            return new Result(perSecond, window.multipliedBy(perSecond.size()), settled);
        } finally {
            load.stop();
        }
    }

    /** Windows of {@link #WINDOW}, or one as long as the limit when that is shorter than two of them. */
    static Duration window(Duration limit) {
        return limit.compareTo(WINDOW.multipliedBy(2)) < 0 ? limit : WINDOW;
    }

    /**
     * Three windows at least, and the last two no longer rising above the best before each. A stack that answered
     * nothing healthy has not levelled off: it has not been warmed at all.
     */
    static boolean levelledOff(List<Double> windows) {
        int count = windows.size();
        return count >= 3 && notRising(windows, count - 2) && notRising(windows, count - 1);
    }

    private static boolean notRising(List<Double> windows, int index) {
        double best = windows.subList(0, index).stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        return best > 0 && windows.get(index) <= RISING * best;
    }
}
