package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.shoplab.lab.measure.RequestLog;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.LoadModel;
import io.shoplab.lab.report.StackResult;
import io.shoplab.lab.report.Verdict;

/**
 * A single part that everything may depend on is killed under mixed load and restarted: the gateway,
 * the discovery server, the monolith, or the database server.
 */
final class KillOne implements Experiment {

    private final String name;
    private final String title;
    private final String component;
    private final List<String> stacks;
    private final Claim claim;
    /** Whether the claim says that killing it should take the application down. */
    private final boolean expectOutage;

    private KillOne(String name, String title, String component, List<String> stacks, Claim claim, boolean expectOutage) {
        this.name = name;
        this.title = title;
        this.component = component;
        this.stacks = stacks;
        this.claim = claim;
        this.expectOutage = expectOutage;
    }

    static KillOne gateway() {
        return new KillOne("kill-gateway", "Single point of failure: the gateway dies", "gateway", List.of(MICROSERVICES),
                Claim.SINGLE_POINT_OF_FAILURE, true);
    }

    static KillOne discovery() {
        return new KillOne("kill-discovery", "Resilience: the discovery server dies", "discovery", List.of(MICROSERVICES),
                Claim.RESILIENCE, false);
    }

    static KillOne monolith() {
        return new KillOne("kill-monolith", "Single point of failure: the monolith dies", "monolith", List.of(MONOLITH),
                Claim.SINGLE_POINT_OF_FAILURE, true);
    }

    static KillOne database() {
        return new KillOne("kill-database", "Single point of failure: the database server dies", "postgres",
                List.of(MONOLITH, MICROSERVICES), Claim.SINGLE_POINT_OF_FAILURE, true);
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
        return phases(phases).total().plusSeconds(15).multipliedBy(stacks.size());
    }

    private static Phases phases(Phases phases) {
        return phases.withAfterAtLeast(Trial.RESTART_TIME);
    }

    @Override
    public ExperimentResult run(ExperimentContext context) {
        Phases phases = phases(context.phases());
        SideBySide.Runs runs = SideBySide.run(context, phases, name, stacks.stream()
                .map(stack -> new SideBySide.Plan(stack, context.mixed(stack), Disruption.killAndRestart(context.lab(), component)))
                .toList(), false);
        return new ExperimentResult(name, title,
                "Mixed load on " + String.join(" and ", stacks) + "; at second " + phases.faultSecond() + " " + component
                        + " is killed (SIGKILL), at second " + phases.healSecond() + " started again on the same data."
                        + (component.equals("postgres") ? " In this lab one PostgreSQL server holds every database of both stacks." : ""),
                LoadModel.OPEN, runs.results(), runs.markers(), List.of(verdict(runs)));
    }

    private ClaimVerdict verdict(SideBySide.Runs runs) {
        StringBuilder sentence = new StringBuilder();
        boolean allDown = true;
        boolean allUp = true;
        for (String stack : stacks) {
            RequestLog log = runs.of(stack).log();
            StackResult result = runs.of(stack).result();
            double ok = Shares.okAll(log, runs.disrupted());
            allDown &= ok < 0.5;
            allUp &= ok >= 0.95;
            sentence.append(String.format(Locale.ROOT, "%s%s: %s of requests answered while %s was dead, back %s after the restart was ordered.",
                    sentence.isEmpty() ? "" : " ", stack, Shares.percent(ok), component, OrderCoordination.seconds(result.recoverySeconds())));
        }
        Verdict verdict = expectOutage ? (allDown ? Verdict.SUPPORTED : allUp ? Verdict.CONTRADICTED : Verdict.MIXED)
                : (allUp ? Verdict.SUPPORTED : allDown ? Verdict.CONTRADICTED : Verdict.MIXED);
        if (component.equals("gateway")) {
            sentence.append(" The microservices have a single point of failure of their own: their one entrance.");
        }
        if (component.equals("discovery")) {
            sentence.append(" Clients kept their cached registry, so the running services went on finding each other.");
        }
        return new ClaimVerdict(claim, verdict, sentence.toString());
    }
}
