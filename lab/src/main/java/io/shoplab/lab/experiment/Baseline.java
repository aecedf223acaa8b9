package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.shoplab.lab.measure.RequestStats;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.StackResult;
import io.shoplab.lab.report.Verdict;

/** The same mixed load on both stacks, nothing broken: what each request costs in time, CPU and memory. */
final class Baseline implements Experiment {

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public String title() {
        return "Baseline: the same load on both stacks";
    }

    @Override
    public Duration estimate(Phases phases) {
        return phases.total().plusSeconds(10).multipliedBy(2);
    }

    @Override
    public ExperimentResult run(ExperimentContext context) {
        SideBySide.Runs runs = SideBySide.run(
                context,
                name(),
                List.of(
                        new SideBySide.Plan(MONOLITH, context.mixed(MONOLITH), Disruption.NONE),
                        new SideBySide.Plan(MICROSERVICES, context.mixed(MICROSERVICES), Disruption.NONE)));
        StackResult mono = runs.of(MONOLITH).result();
        StackResult micro = runs.of(MICROSERVICES).result();
        return runs.result(
                this,
                "The mixed workload (browse, order, review) at " + context.usersPerSecond()
                        + " users/s, open model, for " + runs.phases().total().toSeconds()
                        + " s against each stack in turn; nothing is broken.",
                cost(mono, micro));
    }

    /**
     * Supported when the microservices needed over 10 % more CPU per request and more memory, contradicted when they
     * needed over 10 % less of both; not tested when either stack's CPU or memory was not sampled.
     */
    static ClaimVerdict cost(StackResult mono, StackResult micro) {
        RequestStats m = mono.summary().total();
        RequestStats s = micro.summary().total();
        String latency = String.format(
                Locale.ROOT,
                "answered with ×%.1f the p95 latency (%d ms vs %d ms)",
                (double) s.okOnly().p95() / Math.max(1, m.okOnly().p95()),
                s.okOnly().p95(),
                m.okOnly().p95());
        // No samples (containers not visible from here, or no request answered): no ratio rather than a made-up one.
        if (mono.cpuSecondsPer1000Requests() == null
                || micro.cpuSecondsPer1000Requests() == null
                || mono.cpuSecondsPer1000Requests() == 0
                || mono.usage().processes().isEmpty()
                || micro.usage().processes().isEmpty()) {
            return new ClaimVerdict(
                    Claim.COST,
                    Verdict.NOT_TESTED,
                    "CPU and memory: n/a (the stacks' processes were not sampled);" + " the microservices " + latency
                            + ".");
        }
        double cpu = micro.cpuSecondsPer1000Requests() / mono.cpuSecondsPer1000Requests();
        double memory = micro.usage().total().averageRssMib()
                / Math.max(1, mono.usage().total().averageRssMib());
        Verdict verdict = cpu > 1.1 && memory > 1.1
                ? Verdict.SUPPORTED
                : cpu < 0.9 && memory < 0.9 ? Verdict.CONTRADICTED : Verdict.MIXED;
        return new ClaimVerdict(
                Claim.COST,
                verdict,
                String.format(
                        Locale.ROOT,
                        "For the same requests the microservices used ×%.1f the CPU per 1,000 requests (%.1f s vs %.1f s), ×%.1f the memory"
                                + " (%.0f MiB vs %.0f MiB RSS), and %s.",
                        cpu,
                        micro.cpuSecondsPer1000Requests(),
                        mono.cpuSecondsPer1000Requests(),
                        memory,
                        micro.usage().total().averageRssMib(),
                        mono.usage().total().averageRssMib(),
                        latency));
    }
}
