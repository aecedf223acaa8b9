package io.shoplab.lab.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How the benchmark runs.
 *
 * @param rounds rounds, each starting both stacks afresh, one after the other, in alternating order
 * @param scenarios what is offered, one scenario at a time
 * @param step how long each rate is offered while searching for capacity
 * @param warmup how long each stack is loaded (coarse searches of every scenario) before it is measured
 * @param steady how long each scenario runs at half its capacity for latency, CPU and memory
 * @param serviceLevel what a step must meet to count as served
 * @param startRate the first rate of a stack's first coarse search, requests per second
 * @param maxRate no step offers more
 */
public record BenchSettings(int rounds, List<Scenario> scenarios, Duration step, Duration warmup, Duration steady,
                            ServiceLevel serviceLevel, double startRate, double maxRate) {

    /** Coarse steps while warming up, fine steps from just below the coarse capacity when measuring. */
    static final double COARSE_FACTOR = 1.3;
    static final double FINE_FACTOR = 1.1;
    static final double FINE_START_SHARE = 0.75;
    /** The latency and cost measurement's rate, as a share of the capacity found. */
    static final double STEADY_SHARE = 0.5;

    public BenchSettings {
        scenarios = List.copyOf(scenarios);
    }

    /** Answers slower than this are failures: four times the p99 bound, at least 2 s. */
    Duration requestTimeout() {
        return Duration.ofMillis(Math.max(2000, 4 * serviceLevel.p99Millis()));
    }

    /** Rates from {@code from} rising by {@code factor} up to {@code maxRate}. */
    List<Double> rates(double from, double factor) {
        List<Double> rates = new ArrayList<>();
        for (double rate = Math.max(1, from); rate <= maxRate && rates.size() < 60; rate *= factor) {
            rates.add(Math.round(rate * 10) / 10.0);
        }
        return rates;
    }
}
