package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.faults.Fault;
import io.shoplab.lab.measure.RequestLog;
import io.shoplab.lab.measure.RequestStats;
import io.shoplab.lab.measure.Window;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.InvariantCheck;
import io.shoplab.lab.report.StackResult;
import io.shoplab.lab.report.Verdict;

/**
 * Orders while a participant of order placement fails: inventory dies, or payments turns slow. The
 * monolith has one transaction to roll back; the microservices a saga to compensate and a recovery job
 * to finish. Afterwards stock must be conserved on both.
 *
 * @param participant the module and service that fails: {@code inventory} or {@code payments}
 * @param kill whether the service is killed (its module fails every call) rather than made 800 ms slow
 */
record OrderCoordination(String name, String title, String participant, boolean kill) implements Experiment {

    /** inventory-service killed and restarted; the monolith's inventory module failing for as long. */
    static OrderCoordination killInventory() {
        return new OrderCoordination(
                "kill-inventory-during-orders",
                "Coordination: inventory dies while orders are placed",
                "inventory",
                true);
    }

    /** payments answering 800 ms late on both stacks, beyond the services' call timeout. */
    static OrderCoordination slowPayments() {
        return new OrderCoordination(
                "slow-payments", "Coordination: payments turn slow while orders are placed", "payments", false);
    }

    @Override
    public Duration estimate(Phases phases) {
        Phases run = kill ? phases.withAfterAtLeast(Trial.RESTART_TIME) : phases;
        return run.total().plusSeconds(15).multipliedBy(2);
    }

    @Override
    public ExperimentResult run(ExperimentContext context) {
        StackControl lab = context.lab();
        Fault fault = kill ? new Fault(0, 1.0) : new Fault(800, 0);
        Disruption monolith = new Disruption(
                participant + " module " + (kill ? "fails every call" : "800 ms slow"),
                () -> lab.fault(MONOLITH, participant, fault),
                "heal " + participant,
                () -> lab.heal(MONOLITH));
        Disruption services = kill
                ? Disruption.killAndRestart(lab, participant + "-service")
                : new Disruption(
                        participant + "-service 800 ms slow",
                        () -> lab.fault(MICROSERVICES, participant, fault),
                        "heal " + participant + "-service",
                        () -> lab.heal(MICROSERVICES));
        // A killed service must have the time to start again within the run.
        Phases phases = kill ? context.phases().withAfterAtLeast(Trial.RESTART_TIME) : context.phases();
        SideBySide.Runs runs = SideBySide.run(
                context,
                phases,
                name,
                List.of(
                        new SideBySide.Plan(MONOLITH, context.orders(MONOLITH), monolith),
                        new SideBySide.Plan(MICROSERVICES, context.orders(MICROSERVICES), services)));
        return runs.result(
                this,
                "Buyers only (orders on plentiful and scarce products, retries with Idempotency-Key); at second "
                        + runs.phases().faultSecond() + ": " + monolith.faultLabel() + " in the monolith, "
                        + services.faultLabel()
                        + " in the microservices; healed at second "
                        + runs.phases().healSecond()
                        + ". Then, once nothing is reserved, stock and money are checked (public API and operations endpoints).",
                verdict(runs));
    }

    private ClaimVerdict verdict(SideBySide.Runs runs) {
        return verdict(participant, kill, runs.of(MONOLITH), runs.of(MICROSERVICES), runs.disrupted());
    }

    /**
     * What coordinating a placement across services cost while a participant failed, against one transaction:
     * supported when the microservices broke an invariant the monolith kept, placed 5 points fewer orders or
     * answered them with more than twice the p95; contradicted when they kept every invariant the monolith kept,
     * placed as many orders and answered within 1.25× its p95; not tested without orders on either side.
     */
    static ClaimVerdict verdict(
            String participant, boolean kill, Trial.Outcome monolith, Trial.Outcome microservices, Window during) {
        Optional<RequestStats> monoOrders = orders(monolith.log(), during);
        Optional<RequestStats> microOrders = orders(microservices.log(), during);
        boolean monoHeld = passed(monolith.result());
        boolean microHeld = passed(microservices.result());
        String invariants = String.format(
                Locale.ROOT,
                " Stock and money afterwards: %s in the monolith, %s in the microservices.",
                held(monolith.result()),
                held(microservices.result()));
        if (monoOrders.isEmpty() || microOrders.isEmpty()) {
            return new ClaimVerdict(
                    Claim.COORDINATION,
                    Verdict.NOT_TESTED,
                    String.format(
                                    Locale.ROOT,
                                    "While %s was %s, no order was answered by the %s.",
                                    participant,
                                    kill ? "down" : "slow",
                                    monoOrders.isEmpty() ? "monolith" : "microservices")
                            + invariants);
        }
        double monoOk = okShare(monoOrders.get());
        double microOk = okShare(microOrders.get());
        long monoP95 = Math.max(1, monoOrders.get().all().p95());
        long microP95 = microOrders.get().all().p95();
        Verdict verdict = monoHeld && !microHeld || microOk < monoOk - 0.05 || microP95 > 2 * monoP95
                ? Verdict.SUPPORTED
                : (microHeld || !monoHeld) && microOk >= monoOk && microP95 <= 1.25 * monoP95
                        ? Verdict.CONTRADICTED
                        : Verdict.MIXED;
        return new ClaimVerdict(
                Claim.COORDINATION,
                verdict,
                String.format(
                                Locale.ROOT,
                                "While %s was %s, %s of orders succeeded in the monolith (p95 %d ms) and %s in the microservices (p95 %d ms):"
                                        + " %+.0f points and ×%.1f the p95 for the saga against one transaction; recovery after the heal: %s vs %s.",
                                participant,
                                kill ? "down" : "slow",
                                Shares.percent(monoOk),
                                monoOrders.get().all().p95(),
                                Shares.percent(microOk),
                                microP95,
                                100 * (microOk - monoOk),
                                (double) microP95 / monoP95,
                                seconds(monolith.result().recoverySeconds()),
                                seconds(microservices.result().recoverySeconds()))
                        + invariants);
    }

    /** The orders placed in the window, under the first order request name the load used; empty when none was. */
    private static Optional<RequestStats> orders(RequestLog log, Window window) {
        return Shares.stats(log.summary(window), Shares.ORDERS)
                .filter(stats -> stats.count() > 0)
                .findFirst();
    }

    private static double okShare(RequestStats stats) {
        return (double) (stats.count() - stats.failures()) / stats.count();
    }

    private static boolean passed(StackResult result) {
        return !result.invariants().isEmpty() && result.invariants().stream().allMatch(InvariantCheck::passed);
    }

    private static String held(StackResult result) {
        return result.invariants().isEmpty() ? "not checked" : passed(result) ? "held" : "BROKEN";
    }

    static String seconds(Long value) {
        return value == null ? "not within the run" : value + " s";
    }
}
