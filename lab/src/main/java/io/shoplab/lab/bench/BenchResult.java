package io.shoplab.lab.bench;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark measured, as written to {@code bench.json}.
 *
 * @param java the JDK both stacks ran on
 * @param tracingSampling the share of requests whose spans were recorded (ids are in the logs either way)
 * @param serviceLevel the service level, in words
 * @param rounds every stack's measurements, round by round, in the order they ran
 */
public record BenchResult(String java, String tracingSampling, String serviceLevel, List<StackRound> rounds) {

    public BenchResult {
        rounds = List.copyOf(rounds);
    }

    /**
     * One stack in one round.
     *
     * @param startUpSeconds from the first process started to every route answering (PostgreSQL included)
     * @param warmUpSeconds under load until the throughput of every scenario stopped rising (or its time was up)
     */
    public record StackRound(
            int round,
            String stack,
            double startUpSeconds,
            double warmUpSeconds,
            Map<Scenario, ScenarioRound> scenarios) {

        public StackRound {
            scenarios = Collections.unmodifiableMap(new EnumMap<>(scenarios));
        }
    }

    /**
     * One scenario on one stack in one round.
     *
     * @param capacity the highest rate served, requests per second; 0 when not even the first step was
     * @param steps the measured search, step by step
     * @param steady the run at half the capacity; {@code null} when there was no capacity to take half of
     */
    public record ScenarioRound(double capacity, List<ServiceLevel.Step> steps, SteadyResult steady) {

        public ScenarioRound {
            steps = List.copyOf(steps);
        }
    }
}
