package io.shoplab.lab.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.shoplab.lab.Polling;
import io.shoplab.lab.load.GatlingLoad;
import io.shoplab.lab.load.LoadSpec;
import io.shoplab.lab.load.RunningLoad;
import io.shoplab.lab.measure.RequestEvent;

/**
 * Offers one scenario at rising rates, each for a step's time, in one Gatling run, and ends the run at
 * the first step that breaks the service level: the stack's capacity is the highest rate served.
 * Each step is judged once its requests' answers are in (the request timeout after its end).
 */
final class CapacitySearch {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration DRAIN = Duration.ofSeconds(5);
    /** A fresh Gatling JVM on a busy two-core machine can take a minute before its first request. */
    static final Duration FIRST_REQUEST_TIMEOUT = Duration.ofSeconds(180);

    private final GatlingLoad gatling;
    private final ServiceLevel serviceLevel;
    private final Duration requestTimeout;

    CapacitySearch(GatlingLoad gatling, ServiceLevel serviceLevel, Duration requestTimeout) {
        this.gatling = gatling;
        this.serviceLevel = serviceLevel;
        this.requestTimeout = requestTimeout;
    }

    /**
     * The steps offered until one broke the service level (or all were served).
     *
     * @param baseUrls the entrances, taken in turn by the arriving users (the front of several monoliths or gateways)
     * @param rates rising rates, requests per second
     * @param listener told each judged step
     */
    List<ServiceLevel.Step> run(
            List<String> baseUrls,
            Scenario scenario,
            List<Double> rates,
            Duration step,
            Path directory,
            CapacityProbe.StepListener listener) {
        RunningLoad load = start(baseUrls, scenario, rates, step, directory);
        List<ServiceLevel.Step> judged = new ArrayList<>();
        try {
            Instant start = load.awaitFirstRequest(FIRST_REQUEST_TIMEOUT).plus(step);
            EventsTail tail = new EventsTail(load.eventsFile());
            List<List<RequestEvent>> byStep = new ArrayList<>();
            rates.forEach(rate -> byStep.add(new ArrayList<>()));
            while (judged.size() < rates.size()) {
                for (RequestEvent event : tail.next()) {
                    long intendedStart = event.epochMillis() - event.responseMillis() - start.toEpochMilli();
                    long index = intendedStart / step.toMillis();
                    if (intendedStart >= 0 && index < byStep.size()) { // before 0: the lead-in
                        byStep.get((int) index).add(event);
                    }
                }
                int next = judged.size();
                Instant answersIn = start.plus(step.multipliedBy(next + 1))
                        .plus(requestTimeout)
                        .plusMillis(500);
                if (Instant.now().isAfter(answersIn)) {
                    ServiceLevel.Step verdict = serviceLevel.judge(rates.get(next), step.toSeconds(), byStep.get(next));
                    judged.add(verdict);
                    listener.judged(verdict, load.process().pid());
                    if (!verdict.served()) {
                        break;
                    }
                }
                pause();
            }
            return judged;
        } finally {
            load.stop();
        }
    }

    /**
     * One rate, for the measurement at a fraction of capacity: after the lead-in (a fresh generator, connections
     * opening), {@code steps} steps at the rate.
     */
    RunningLoad start(String baseUrl, Scenario scenario, double rate, Duration step, int steps, Path directory) {
        return start(List.of(baseUrl), scenario, Collections.nCopies(steps, rate), step, directory);
    }

    /**
     * The rates in one Gatling run, each for a step, after a lead-in step at a third of the first rate, not judged: a
     * fresh Gatling JVM cannot send hundreds of requests per second in its first second, and the first step would
     * measure that.
     */
    private RunningLoad start(
            List<String> baseUrls, Scenario scenario, List<Double> rates, Duration step, Path directory) {
        List<Double> offered =
                Stream.concat(Stream.of(rates.get(0) / 3), rates.stream()).toList();
        LoadSpec spec = new LoadSpec(
                "CapacitySimulation",
                baseUrls,
                offered.get(0),
                Map.of(
                        "target", scenario.key(),
                        "rates",
                                String.join(
                                        ",",
                                        offered.stream()
                                                .map(rate -> String.format(Locale.ROOT, "%.2f", rate))
                                                .toList()),
                        "stepSeconds", String.valueOf(step.toSeconds()),
                        "gatling.http.requestTimeout", String.valueOf(requestTimeout.toMillis())),
                scenario == Scenario.ORDER);
        return gatling.start(spec, step.multipliedBy(offered.size()), directory);
    }

    /**
     * Waits for the overload a search just ended in to drain (its requests time out, its connections close), so
     * that it is not measured as the next load's first seconds. Only after an overload: a closed loop (a warm-up)
     * leaves none, and {@code scale-catalog} waits instead until its nodes are idle, which a node of a tenth of a core
     * takes longer than this to be.
     */
    static void drain() {
        Polling.pause(DRAIN);
    }

    static void pause() {
        Polling.pause(POLL);
    }
}
