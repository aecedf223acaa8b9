package io.shoplab.lab.chaos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.shoplab.lab.shopapi.Journey;
import io.shoplab.lab.shopapi.RequestRecord;

/** Numbers made from a run's history: journeys by kind, and the blast radius of each kill. */
final class RunAnalysis {

    private RunAnalysis() {}

    /**
     * One journey as the user lived it.
     *
     * @param startMillis when its first request was sent
     * @param successMillis when the answer that made it succeed came; 0 when it failed
     */
    record JourneyOutcome(Journey kind, long startMillis, long successMillis, boolean degraded) {

        boolean succeeded() {
            return successMillis > 0;
        }
    }

    static List<JourneyOutcome> journeys(List<RequestRecord> requests) {
        List<JourneyOutcome> journeys = new ArrayList<>();
        Map<String, List<RequestRecord>> orders = new LinkedHashMap<>();
        for (RequestRecord request : requests) {
            if (request.journey() == Journey.ORDER) {
                orders.computeIfAbsent(request.idempotencyKey(), key -> new ArrayList<>())
                        .add(request);
            } else {
                journeys.add(new JourneyOutcome(
                        request.journey(),
                        request.startMillis(),
                        request.succeeded() ? request.endMillis() : 0,
                        request.outcome() == RequestRecord.Outcome.DEGRADED));
            }
        }
        orders.values()
                .forEach(attempts -> journeys.add(new JourneyOutcome(
                        Journey.ORDER,
                        attempts.stream()
                                .mapToLong(RequestRecord::startMillis)
                                .min()
                                .orElseThrow(),
                        attempts.stream()
                                .filter(RequestRecord::succeeded)
                                .mapToLong(RequestRecord::endMillis)
                                .min()
                                .orElse(0),
                        false)));
        return journeys;
    }

    /**
     * Journeys begun in [from, to) (epoch ms), by kind, every kind present; succeeded when they did by
     * {@code to}: an order begun while a component was down and placed by a retry once it was back did
     * not succeed while it was down.
     */
    static Map<Journey, JourneyStats> stats(List<JourneyOutcome> journeys, long fromMillis, long toMillis) {
        Map<Journey, JourneyStats> stats = new EnumMap<>(Journey.class);
        for (Journey kind : Journey.values()) {
            stats.put(kind, JourneyStats.NONE);
        }
        journeys.stream()
                .filter(journey -> journey.startMillis() >= fromMillis && journey.startMillis() < toMillis)
                .forEach(journey -> stats.merge(
                        journey.kind(),
                        new JourneyStats(
                                1,
                                journey.succeeded() && journey.successMillis() <= toMillis ? 1 : 0,
                                journey.degraded() ? 1 : 0),
                        JourneyStats::plus));
        return stats;
    }

    static Map<Journey, JourneyStats> stats(List<RequestRecord> requests) {
        return stats(journeys(requests), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * Why a run tested less than it should, if it did: no order acknowledged CONFIRMED (its stock, money and order
     * checks then check nothing of its own), or a fault of its schedule never applied (it did not test that schedule).
     */
    static List<String> notTested(Schedule schedule, List<AppliedFault> faults, List<RequestRecord> requests) {
        List<String> reasons = new ArrayList<>();
        if (requests.stream()
                .filter(RequestRecord::acknowledgesOrder)
                .noneMatch(answer -> "CONFIRMED".equals(answer.orderStatus()))) {
            reasons.add(
                    "no order was acknowledged CONFIRMED: the stock, money and order checks had nothing of this run to check");
        }
        Map<Integer, AppliedFault> byNumber = faults.stream()
                .collect(Collectors.toMap(fault -> fault.planned().number(), fault -> fault));
        for (PlannedFault planned : schedule.faults()) {
            AppliedFault fault = byNumber.get(planned.number());
            if (fault == null || !fault.applied()) {
                reasons.add("fault " + planned.number() + " (" + planned.label() + ") was never applied"
                        + (fault == null ? "" : ": " + fault.problem()));
            }
        }
        return reasons;
    }

    /** The blast radius of every kill that happened, see {@link KillImpact}. */
    static List<KillImpact> kills(int run, List<AppliedFault> faults, List<RequestRecord> requests, long runEndMillis) {
        List<JourneyOutcome> journeys = journeys(requests);
        List<KillImpact> impacts = new ArrayList<>();
        for (AppliedFault kill : faults) {
            if (kill.planned().kind() != FaultKind.KILL || !kill.applied()) {
                continue;
            }
            long restartOrdered = kill.endMillis() > 0 ? kill.endMillis() : runEndMillis;
            long from = kill.startMillis();
            long to = kill.readyMillis() > 0 ? kill.readyMillis() : runEndMillis;
            List<RequestRecord> failedWhileDown = requests.stream()
                    .filter(request ->
                            !request.succeeded() && request.endMillis() >= from && request.startMillis() < to)
                    .toList();
            Long detect = failedWhileDown.stream()
                    .map(RequestRecord::endMillis)
                    .min(Comparator.naturalOrder())
                    .map(first -> first - from)
                    .orElse(null);
            Set<Journey> affected = failedWhileDown.stream()
                    .map(RequestRecord::journey)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Journey.class)));
            Long recover = 0L;
            for (Journey kind : affected) {
                Long back = requests.stream()
                        .filter(request -> request.journey() == kind
                                && request.succeeded()
                                && request.startMillis() >= restartOrdered)
                        .map(RequestRecord::endMillis)
                        .min(Comparator.naturalOrder())
                        .map(first -> first - restartOrdered)
                        .orElse(null);
                recover = back == null || recover == null ? null : Math.max(recover, back);
            }
            List<String> overlapping = faults.stream()
                    .filter(other -> other != kill
                            && other.startMillis() < to
                            && (other.downUntilMillis() == 0 || other.downUntilMillis() > from))
                    .map(other -> other.planned().label())
                    .toList();
            impacts.add(new KillImpact(
                    run,
                    kill.planned().number(),
                    kill.planned().component(),
                    to - from,
                    stats(journeys, from, to),
                    detect,
                    recover,
                    kill.readyMillis() > 0 ? kill.readyMillis() - restartOrdered : null,
                    overlapping));
        }
        return impacts;
    }
}
