package io.shoplab.lab.experiment;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.shoplab.lab.LabException;
import io.shoplab.lab.measure.ProcessSampler;
import io.shoplab.lab.measure.RecoveryRule;
import io.shoplab.lab.measure.RequestLog;
import io.shoplab.lab.measure.Timeline;
import io.shoplab.lab.measure.Window;
import io.shoplab.lab.report.InvariantCheck;
import io.shoplab.lab.report.Marker;
import io.shoplab.lab.report.StackResult;
import io.shoplab.lab.stack.ShopService;
import io.shoplab.lab.stack.Stacks;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.load.GatlingLoad;
import io.shoplab.lab.load.LoadSpec;
import io.shoplab.lab.load.RunningLoad;

/**
 * One stack under one load through the three phases: steady, disrupted, healed. Samples the stack's
 * processes all along, and measures how long the answers took to come back after the heal.
 */
final class Trial {

    /** Recovered: at most 1 % of requests failing, for three seconds in a row. */
    static final RecoveryRule RECOVERED = new RecoveryRule(0.01, 3);
    /** Long enough after a restart is ordered to see a killed Spring Boot app answer again, on 2 cores. */
    static final Duration RESTART_TIME = Duration.ofSeconds(30);
    private static final Duration FIRST_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(60);

    private final StackControl lab;
    private final GatlingLoad gatling;
    private final Phases phases;
    private final Progress progress;

    Trial(StackControl lab, GatlingLoad gatling, Phases phases, Progress progress) {
        this.lab = lab;
        this.gatling = gatling;
        this.phases = phases;
        this.progress = progress;
    }

    record Outcome(StackResult result, List<Marker> markers, RequestLog log) {
    }

    /** A load that places orders is followed by the stock and money checks, whatever the experiment. */
    Outcome run(String stack, LoadSpec load, Disruption disruption, Path directory) {
        Optional<Conservation> conservation = load.placesOrders() ? Optional.of(Conservation.before(lab, stack)) : Optional.empty();
        Duration length = phases.total();
        try (ProcessSampler sampler = ProcessSampler.start(Instant.now(), length.plus(GatlingLoad.slack()))) {
            lab.pids(stack).forEach(sampler::watch);
            RunningLoad running = gatling.start(load, phases.total(), directory);
            Instant start = running.awaitFirstRequest(FIRST_REQUEST_TIMEOUT);
            List<Marker> markers = new ArrayList<>();
            if (!disruption.isNone()) {
                waitUntil(start, phases.faultSecond(), stack);
                progress.step(stack + ": " + disruption.faultLabel());
                disruption.fault().run();
                markers.add(Marker.fault(phases.faultSecond(), disruption.faultLabel()));
                waitUntil(start, phases.healSecond(), stack);
                progress.step(stack + ": " + disruption.healLabel());
                // Marked when the heal was ordered: a restart's start-up time is part of the recovery.
                markers.add(Marker.heal(phases.healSecond(), disruption.healLabel()));
                disruption.heal().run();
                // A restarted component has a new PID: keep sampling it under its name.
                lab.pids(stack).forEach(sampler::watch);
            }
            running.await(length.plus(GatlingLoad.slack()));
            RequestLog log = RequestLog.read(running.eventsFile(), start);
            if (log.summary(new Window(0, length.toSeconds())).total().count() == 0) {
                throw new LabException("no request of the load on " + stack + " was recorded in its run; see " + running.log());
            }
            Timeline timeline = log.timeline(length.toSeconds());
            StackResult result = StackResult.of(stack, timeline, log.summary(new Window(0, length.toSeconds())), sampler.stop());
            if (!disruption.isNone()) {
                long healedAt = markers.get(markers.size() - 1).second();
                result = result.withRecoverySeconds(boxed(RECOVERED.secondsToRecover(timeline, healedAt)));
            }
            result = result.withGatlingReport(running.htmlReport().map(Path::toString).orElse(null));
            if (conservation.isPresent()) {
                progress.step(stack + ": checking stock and money");
                result = result.withInvariants(conservation.get().check(running.customers()));
            }
            return new Outcome(result, markers, log);
        }
    }

    /** Stock and money as they were before a load, to check them against after it. */
    private record Conservation(StockConservation stock, Map<Long, Long> stockBefore, MoneyConservation money, Set<String> capturedBefore) {

        static Conservation before(StackControl lab, String stack) {
            StockConservation stock = new StockConservation(lab.baseUrl(stack));
            String payments = Stacks.MONOLITH.equals(stack) ? Stacks.MONOLITH : ShopService.PAYMENTS.serviceName();
            MoneyConservation money = new MoneyConservation(lab.baseUrl(stack), lab.running(payments).component().app().managementUrl());
            // Once quiet, nothing is being placed: the captures taken then are all of earlier loads.
            Map<Long, Long> stockBefore = stock.snapshotWhenQuiet(QUIET_TIMEOUT);
            return new Conservation(stock, stockBefore, money, money.capturedNow());
        }

        /** Stock first: it waits until nothing is reserved, so the money is read once no placement is under way. */
        List<InvariantCheck> check(List<String> customers) {
            InvariantCheck stockHeld = stock.check(stockBefore, customers, QUIET_TIMEOUT);
            return List.of(stockHeld, money.check(capturedBefore, customers));
        }
    }

    private void waitUntil(Instant start, long second, String stack) {
        Instant at = start.plusSeconds(second);
        while (Instant.now().isBefore(at)) {
            progress.tick(stack, secondsSince(start), phases.total().toSeconds());
            try {
                Thread.sleep(Math.min(1000, Math.max(1, Duration.between(Instant.now(), at).toMillis())));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long secondsSince(Instant start) {
        return Duration.between(start, Instant.now()).toSeconds();
    }

    private static Long boxed(java.util.OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
