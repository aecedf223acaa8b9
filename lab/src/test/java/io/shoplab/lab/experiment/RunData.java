package io.shoplab.lab.experiment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.measure.ProcessSample;
import io.shoplab.lab.measure.ProcessUsage;
import io.shoplab.lab.measure.RequestEvent;
import io.shoplab.lab.measure.RequestLog;
import io.shoplab.lab.measure.ResourceUsage;
import io.shoplab.lab.report.InvariantCheck;
import io.shoplab.lab.report.StackResult;

/** Made-up runs for the verdicts' tests: requests by name and second, as a load would have logged them. */
final class RunData {

    /** 5 s steady, 9 s disrupted (seconds 5 to 13), 9 s after. */
    static final Phases PHASES = Phases.SHORT;

    static final int LENGTH = 23;
    static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    static final List<InvariantCheck> HELD =
            List.of(new InvariantCheck("stock", true, "held"), new InvariantCheck("money", true, "held"));

    private final List<RequestEvent> events = new ArrayList<>();

    /** {@code perSecond} requests named so in each second of [from, to), answered in {@code millis}, passing or not. */
    RunData requests(String name, long from, long to, int perSecond, boolean ok, long millis) {
        for (long second = from; second < to; second++) {
            for (int i = 0; i < perSecond; i++) {
                events.add(new RequestEvent(
                        START.toEpochMilli() + second * 1000 + 10 * i, name, ok ? 200 : 503, millis, ok));
            }
        }
        return this;
    }

    RunData requests(String name, long from, long to, int perSecond, boolean ok) {
        return requests(name, from, to, perSecond, ok, 20);
    }

    RequestLog log() {
        return RequestLog.of(events, START);
    }

    Trial.Outcome outcome(String stack, List<InvariantCheck> invariants) {
        RequestLog log = log();
        StackResult result = StackResult.of(stack, log.timeline(LENGTH), log.summary(), ResourceUsage.NONE)
                .withInvariants(invariants);
        return new Trial.Outcome(result, List.of(), log);
    }

    StackResult result(String stack) {
        return outcome(stack, List.of()).result();
    }

    /** The same run with its processes sampled: {@code cores} CPU seconds each second, {@code rssMib} resident. */
    StackResult sampled(String stack, double cores, double rssMib) {
        RequestLog log = log();
        List<ProcessSample> samples = new ArrayList<>();
        for (long second = 0; second < LENGTH; second++) {
            samples.add(new ProcessSample(second, cores, rssMib, true));
        }
        ResourceUsage usage = ResourceUsage.of(List.of(ProcessUsage.of(stack, List.of(1L), samples, null)));
        return StackResult.of(stack, log.timeline(LENGTH), log.summary(), usage);
    }

    static SideBySide.Runs runs(Map<String, Trial.Outcome> outcomes) {
        return new SideBySide.Runs(new LinkedHashMap<>(outcomes), PHASES);
    }

    static Duration length() {
        return Duration.ofSeconds(LENGTH);
    }
}
