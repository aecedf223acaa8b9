package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.shoplab.lab.faults.Fault;
import io.shoplab.lab.measure.RequestLog;
import io.shoplab.lab.measure.RequestStats;
import io.shoplab.lab.measure.Window;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.InvariantCheck;
import io.shoplab.lab.report.LoadModel;
import io.shoplab.lab.report.StackResult;
import io.shoplab.lab.report.Verdict;

/**
 * Orders while a participant of order placement fails: inventory dies, or payments turns slow. The
 * monolith has one transaction to roll back; the microservices a saga to compensate and a recovery job
 * to finish. Afterwards stock must be conserved on both.
 */
final class OrderCoordination implements Experiment {

    private final String name;
    private final String title;
    private final String participant;
    private final boolean kill;

    private OrderCoordination(String name, String title, String participant, boolean kill) {
        this.name = name;
        this.title = title;
        this.participant = participant;
        this.kill = kill;
    }

    /** inventory-service killed and restarted; the monolith's inventory module failing for as long. */
    static OrderCoordination killInventory() {
        return new OrderCoordination("kill-inventory-during-orders", "Coordination: inventory dies while orders are placed", "inventory", true);
    }

    /** payments answering 800 ms late on both stacks, beyond the services' call timeout. */
    static OrderCoordination slowPayments() {
        return new OrderCoordination("slow-payments", "Coordination: payments turn slow while orders are placed", "payments", false);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Duration estimate(Phases phases) {
        Phases run = kill ? phases.withAfterAtLeast(Trial.RESTART_TIME) : phases;
        return run.total().plusSeconds(15).multipliedBy(2);
    }

    @Override
    public ExperimentResult run(ExperimentContext context) {
        ExperimentLab lab = context.lab();
        Fault fault = kill ? new Fault(0, 1.0) : new Fault(800, 0);
        Disruption monolith = new Disruption(participant + " module " + (kill ? "fails every call" : "800 ms slow"),
                () -> lab.fault(MONOLITH, participant, fault), "heal " + participant, () -> lab.heal(MONOLITH));
        Disruption services = kill ? Disruption.killAndRestart(lab, participant + "-service")
                : new Disruption(participant + "-service 800 ms slow", () -> lab.fault(MICROSERVICES, participant, fault),
                        "heal " + participant + "-service", () -> lab.heal(MICROSERVICES));
        // A killed service must have the time to start again within the run.
        Phases phases = kill ? context.phases().withAfterAtLeast(Trial.RESTART_TIME) : context.phases();
        SideBySide.Runs runs = SideBySide.run(context, phases, name, List.of(
                new SideBySide.Plan(MONOLITH, context.orders(MONOLITH), monolith),
                new SideBySide.Plan(MICROSERVICES, context.orders(MICROSERVICES), services)), true);
        return new ExperimentResult(name, title,
                "Buyers only (orders on plentiful and scarce products, retries with Idempotency-Key); at second "
                        + runs.phases().faultSecond() + ": " + monolith.faultLabel() + " in the monolith, " + services.faultLabel()
                        + " in the microservices; healed at second " + runs.phases().healSecond()
                        + ". Then, once nothing is reserved, stock conservation is checked through the public API.",
                LoadModel.OPEN, runs.results(), runs.markers(), List.of(verdict(runs)));
    }

    private ClaimVerdict verdict(SideBySide.Runs runs) {
        Window during = runs.disrupted();
        StackResult mono = runs.of(MONOLITH).result();
        StackResult micro = runs.of(MICROSERVICES).result();
        RequestStats monoOrders = orders(runs.of(MONOLITH).log(), during);
        RequestStats microOrders = orders(runs.of(MICROSERVICES).log(), during);
        String sentence = String.format(Locale.ROOT,
                "While %s was %s, %s of orders succeeded in the monolith (p95 %d ms) and %s in the microservices (p95 %d ms);"
                        + " recovery after the heal: %s vs %s. Stock conservation afterwards: %s in the monolith, %s in the microservices"
                        + " — the monolith by one rolled-back transaction, the microservices by a saga with compensation and a"
                        + " recovery job, which is the extra coordination the article warns about.",
                participant, kill ? "down" : "slow", Shares.percent(Shares.ok(runs.of(MONOLITH).log(), during, Shares.ORDERS)),
                monoOrders.all().p95(), Shares.percent(Shares.ok(runs.of(MICROSERVICES).log(), during, Shares.ORDERS)),
                microOrders.all().p95(), seconds(mono.recoverySeconds()), seconds(micro.recoverySeconds()),
                held(mono), held(micro));
        // A broken invariant fails the run loudly elsewhere; the verdict is about what coordination cost.
        double monoOk = Shares.ok(runs.of(MONOLITH).log(), during, Shares.ORDERS);
        double microOk = Shares.ok(runs.of(MICROSERVICES).log(), during, Shares.ORDERS);
        Verdict verdict = microOk < monoOk - 0.05 || microOrders.all().p95() > 2 * Math.max(1, monoOrders.all().p95())
                ? Verdict.SUPPORTED : Verdict.MIXED;
        return new ClaimVerdict(Claim.COORDINATION, verdict, sentence);
    }

    private static RequestStats orders(RequestLog log, Window window) {
        return Shares.ORDERS.stream().map(log.summary(window).byRequest()::get).filter(java.util.Objects::nonNull).findFirst()
                .orElse(log.summary(window).total());
    }

    private static boolean passed(StackResult result) {
        return result.invariants().stream().allMatch(InvariantCheck::passed);
    }

    private static String held(StackResult result) {
        return passed(result) ? "held" : "BROKEN";
    }

    static String seconds(Long value) {
        return value == null ? "not within the run" : value + " s";
    }
}
