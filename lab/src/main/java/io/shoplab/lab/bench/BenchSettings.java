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
 * @param warmup the longest each fresh stack is loaded before it is measured, shared by the scenarios; each
 *               scenario's warm-up ends earlier once its throughput stops rising
 * @param steady how long each scenario runs at half its capacity for latency, CPU and memory
 * @param serviceLevel what a step must meet to count as served
 * @param maxRate no step offers more
 * @param minAnswers a search step lasts long enough for this many answers at the search's first rate: of fewer, the
 *                   p99 is the slowest answer alone, and one slow answer would end the search (order placements on a
 *                   tenth of a core: 30 answers in 5 s); 0 keeps {@code step} whatever the rate (the smoke run)
 */
public record BenchSettings(
        int rounds,
        List<Scenario> scenarios,
        Duration step,
        Duration warmup,
        Duration steady,
        ServiceLevel serviceLevel,
        double maxRate,
        int minAnswers) {

    /** Of 100 answers, the p99 is the second slowest. */
    public static final int MIN_ANSWERS = 100;

    /** The search starts at this share of the warm closed loop's throughput and rises by a tenth each step. */
    public static final double FINE_START_SHARE = 0.6;

    static final double FACTOR = 1.1;
    /** The latency and cost measurement's rate, as a share of the capacity found. */
    static final double STEADY_SHARE = 0.5;

    public BenchSettings {
        scenarios = List.copyOf(scenarios);
    }

    /** Answers slower than this are failures: four times the p99 bound, at least 2 s. */
    Duration requestTimeout() {
        return Duration.ofMillis(Math.max(2000, 4 * serviceLevel.p99Millis()));
    }

    /** The step's length, or longer where a step at {@code from} would hold fewer than {@link #minAnswers} answers. */
    Duration stepFrom(double from) {
        Duration enough = Duration.ofSeconds((long) Math.ceil(minAnswers / from));
        return enough.compareTo(step) > 0 ? enough : step;
    }

    /** Rates from {@code from} rising by a tenth up to {@code maxRate}. */
    List<Double> rates(double from) {
        List<Double> rates = new ArrayList<>();
        for (double rate = Math.max(1, from); rate <= maxRate && rates.size() < 60; rate *= FACTOR) {
            rates.add(Math.round(rate * 10) / 10.0);
        }
        return rates;
    }
}
