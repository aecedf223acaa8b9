package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import io.shoplab.lab.measure.RequestLog;
import io.shoplab.lab.measure.Window;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.Verdict;

/**
 * A single part that everything may depend on is killed under mixed load and restarted: the gateway,
 * the discovery server, the monolith, or the database server.
 *
 * @param expectOutage whether the claim says that killing it should take the application down
 */
record KillOne(String name, String title, String component, List<String> stacks, Claim claim, boolean expectOutage)
        implements Experiment {

    static KillOne gateway() {
        return new KillOne(
                "kill-gateway",
                "Single point of failure: the gateway dies",
                "gateway",
                List.of(MICROSERVICES),
                Claim.SINGLE_POINT_OF_FAILURE,
                true);
    }

    static KillOne discovery() {
        return new KillOne(
                "kill-discovery",
                "Resilience: the discovery server dies",
                "discovery",
                List.of(MICROSERVICES),
                Claim.RESILIENCE,
                false);
    }

    static KillOne monolith() {
        return new KillOne(
                "kill-monolith",
                "Single point of failure: the monolith dies",
                "monolith",
                List.of(MONOLITH),
                Claim.SINGLE_POINT_OF_FAILURE,
                true);
    }

    static KillOne database() {
        return new KillOne(
                "kill-database",
                "Single point of failure: the database server dies",
                "postgres",
                List.of(MONOLITH, MICROSERVICES),
                Claim.SINGLE_POINT_OF_FAILURE,
                true);
    }

    @Override
    public Duration estimate(Phases phases) {
        return phases(phases).total().plusSeconds(15).multipliedBy(stacks.size());
    }

    private static Phases phases(Phases phases) {
        return phases.withAfterAtLeast(Trial.RESTART_TIME);
    }

    @Override
    public ExperimentResult run(ExperimentContext context) {
        Phases phases = phases(context.phases());
        SideBySide.Runs runs = SideBySide.run(
                context,
                phases,
                name,
                stacks.stream()
                        .map(stack -> new SideBySide.Plan(
                                stack, context.mixed(stack), Disruption.killAndRestart(context.lab(), component)))
                        .toList());
        return runs.result(
                this,
                "Mixed load on " + String.join(" and ", stacks) + "; at second " + phases.faultSecond() + " "
                        + component
                        + " is killed (SIGKILL), at second " + phases.healSecond() + " started again on the same data."
                        + (component.equals("postgres")
                                ? " In this lab one PostgreSQL server holds every database of both stacks."
                                : ""),
                verdict(runs));
    }

    /**
     * Supported when the claim expects an outage and every stack answered under half of its requests while the part
     * was dead (or expects none and every stack answered 95 %), contradicted by the opposite, not tested when a
     * stack sent nothing while it was dead.
     */
    ClaimVerdict verdict(SideBySide.Runs runs) {
        Window dead = runs.disrupted();
        List<String> sentences = new ArrayList<>();
        boolean measured = true;
        boolean allDown = true;
        boolean allUp = true;
        for (String stack : stacks) {
            RequestLog log = runs.of(stack).log();
            OptionalDouble ok = Shares.okAll(log, dead);
            measured &= ok.isPresent();
            allDown &= ok.isPresent() && ok.getAsDouble() < 0.5;
            allUp &= ok.isPresent() && ok.getAsDouble() >= 0.95;
            sentences.add(String.format(
                    Locale.ROOT,
                    "%s: %s of requests answered while %s was dead, back %s after the restart was ordered.",
                    stack,
                    Shares.percent(ok),
                    component,
                    OrderCoordination.seconds(runs.of(stack).result().recoverySeconds())));
            consequence(log, dead, ok).ifPresent(sentences::add);
        }
        Verdict verdict = !measured
                ? Verdict.NOT_TESTED
                : expectOutage
                        ? (allDown ? Verdict.SUPPORTED : allUp ? Verdict.CONTRADICTED : Verdict.MIXED)
                        : (allUp ? Verdict.SUPPORTED : allDown ? Verdict.CONTRADICTED : Verdict.MIXED);
        return new ClaimVerdict(claim, verdict, String.join(" ", sentences));
    }

    /** What the numbers mean for the gateway (an entrance of their own) and discovery (a registry cached by each client). */
    private Optional<String> consequence(RequestLog log, Window dead, OptionalDouble ok) {
        if (ok.isEmpty()) {
            return Optional.empty();
        }
        if (component.equals("gateway")) {
            return Optional.of(
                    ok.getAsDouble() < 0.5
                            ? "Their one entrance is a single point of failure of the microservices' own."
                            : "The gateway's death did not take the microservices down.");
        }
        if (component.equals("discovery")) {
            OptionalDouble whole = Shares.whole(log, dead);
            OptionalDouble orders = Shares.ok(log, dead, Shares.ORDERS);
            boolean foundEachOther = whole.orElse(0) >= 0.95 && orders.orElse(0) >= 0.95;
            return Optional.of(String.format(
                    Locale.ROOT,
                    "%s of product pages came back whole and %s of orders were placed: %s",
                    Shares.percent(whole),
                    Shares.percent(orders),
                    foundEachOther
                            ? "the running services went on finding each other from their cached registries."
                            : "the running services did not all go on finding each other."));
        }
        return Optional.empty();
    }
}
