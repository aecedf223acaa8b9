package io.shoplab.lab.experiment;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.shoplab.lab.LabException;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.invariants.Finding;
import io.shoplab.lab.invariants.MoneyConservation;
import io.shoplab.lab.invariants.StockConservation;
import io.shoplab.lab.load.GatlingLoad;
import io.shoplab.lab.load.LoadSpec;
import io.shoplab.lab.load.RunningLoad;
import io.shoplab.lab.measure.ProcessSampler;
import io.shoplab.lab.measure.RecoveryRule;
import io.shoplab.lab.measure.RequestLog;
import io.shoplab.lab.measure.Summary;
import io.shoplab.lab.measure.Timeline;
import io.shoplab.lab.measure.Window;
import io.shoplab.lab.report.InvariantCheck;
import io.shoplab.lab.report.Marker;
import io.shoplab.lab.report.StackResult;
import io.shoplab.lab.shopapi.Capture;
import io.shoplab.lab.shopapi.OperationsApi;
import io.shoplab.lab.shopapi.OrderSeen;
import io.shoplab.lab.shopapi.ShopApi;
import io.shoplab.lab.stack.ShopService;
import io.shoplab.lab.stack.Stacks;
import tools.jackson.databind.JsonNode;

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

    record Outcome(StackResult result, List<Marker> markers, RequestLog log) {}

    /** A load that places orders is followed by the stock and money checks, whatever the experiment. */
    Outcome run(String stack, LoadSpec load, Disruption disruption, Path directory) {
        Optional<Conservation> conservation =
                load.placesOrders() ? Optional.of(Conservation.before(lab, stack)) : Optional.empty();
        Duration length = phases.total();
        try (ProcessSampler sampler = ProcessSampler.start(Instant.now(), length.plus(GatlingLoad.slack()))) {
            lab.pids(stack).forEach(sampler::watch);
            RunningLoad running = gatling.start(load, length, directory);
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
            Summary summary = log.summary(new Window(0, length.toSeconds()));
            if (summary.total().count() == 0) {
                throw new LabException(
                        "no request of the load on " + stack + " was recorded in its run; see " + running.log());
            }
            Timeline timeline = log.timeline(length.toSeconds());
            StackResult result = StackResult.of(stack, timeline, summary, sampler.stop());
            if (!disruption.isNone()) {
                long healedAt = markers.get(markers.size() - 1).second();
                result = result.withRecoverySeconds(boxed(RECOVERED.secondsToRecover(timeline, healedAt)));
            }
            result = result.withGatlingReport(
                    running.htmlReport().map(Path::toString).orElse(null));
            if (conservation.isPresent()) {
                progress.step(stack + ": checking stock and money");
                result = result.withInvariants(conservation.get().check(running.customers()));
            }
            return new Outcome(result, markers, log);
        }
    }

    /** Stock and money as they were before a load, to check them against after it. */
    private record Conservation(
            ShopApi shop, OperationsApi payments, Map<Long, Long> stockBefore, Set<String> capturedBefore) {

        static Conservation before(StackControl lab, String stack) {
            ShopApi shop = new ShopApi(lab.baseUrl(stack));
            String app = Stacks.MONOLITH.equals(stack) ? Stacks.MONOLITH : ShopService.PAYMENTS.serviceName();
            OperationsApi payments =
                    new OperationsApi(lab.running(app).component().app().managementUrl());
            Map<Long, Long> stockBefore = shop.quietShelf(QUIET_TIMEOUT)
                    .orElseThrow(() -> new LabException("stock is still reserved after " + QUIET_TIMEOUT.toSeconds()
                            + " s: an order is half-done before the load even starts"));
            // Once quiet, nothing is being placed: the captures taken then are all of earlier loads.
            return new Conservation(
                    shop, payments, stockBefore, payments.captured().keySet());
        }

        /**
         * Stock first: it waits until nothing is reserved, so the money is read once no placement is under way. The money
         * rule covers every order of the load's customers and every capture made since {@code capturedBefore}.
         */
        List<InvariantCheck> check(List<String> customers) {
            Map<Long, Long> stockAfter = shop.quietShelf(QUIET_TIMEOUT).orElse(null);
            Map<String, List<JsonNode>> orders = shop.ordersOf(customers);
            Finding stock = new StockConservation(stockBefore, stockAfter, orders).check();
            Map<String, OrderSeen> seen = new HashMap<>();
            orders.values()
                    .forEach(list ->
                            list.stream().map(OrderSeen::of).forEach(order -> seen.put(order.orderId(), order)));
            Map<String, Capture> inScope = new HashMap<>();
            payments.captured().forEach((orderId, capture) -> {
                if (seen.containsKey(orderId) || !capturedBefore.contains(orderId)) {
                    inScope.put(orderId, capture);
                    seen.computeIfAbsent(orderId, shop::order);
                }
            });
            Finding money = new MoneyConservation(inScope, seen.values(), List.of()).check();
            return Stream.of(stock, money)
                    .map(finding -> new InvariantCheck(finding.invariant(), finding.held(), finding.detail()))
                    .toList();
        }
    }

    private void waitUntil(Instant start, long second, String stack) {
        Instant at = start.plusSeconds(second);
        while (Instant.now().isBefore(at)) {
            progress.tick(
                    stack,
                    Duration.between(start, Instant.now()).toSeconds(),
                    phases.total().toSeconds());
            try {
                Thread.sleep(Math.min(
                        1000, Math.max(1, Duration.between(Instant.now(), at).toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Long boxed(java.util.OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
