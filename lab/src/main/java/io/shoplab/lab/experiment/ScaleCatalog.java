package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.shoplab.lab.measure.RequestStats;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.LoadModel;
import io.shoplab.lab.report.StackResult;
import io.shoplab.lab.report.Verdict;

/**
 * A hot catalog: heavy browsing with one instance, then with a second instance of just the catalog
 * (microservices) or of the whole monolith (behind no balancer: the load takes both URLs in turn).
 * What does the second instance buy, and what does it cost in memory?
 */
final class ScaleCatalog implements Experiment {

    /** Browsing is cheap per request: three times the experiments' rate, to press on the catalog. */
    private static final int RATE_FACTOR = 3;

    @Override
    public String name() {
        return "scale-catalog";
    }

    @Override
    public String title() {
        return "Scalability: a second catalog for a hot catalog";
    }

    @Override
    public Duration estimate(Phases phases) {
        return steady(phases).total().plusSeconds(10).multipliedBy(4).plusSeconds(60);
    }

    /** No fault here: each run is one steady phase, as long as the usual before and during together. */
    private static Phases steady(Phases phases) {
        return new Phases(phases.before().plus(phases.during()), Duration.ZERO, Duration.ZERO);
    }

    @Override
    public ExperimentResult run(ExperimentContext context) {
        Phases phases = steady(context.phases());
        double rate = context.usersPerSecond() * RATE_FACTOR;
        ExperimentLab lab = context.lab();
        List<StackResult> results = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        boolean gained = false;
        boolean anyGain = false;
        for (String stack : List.of(MONOLITH, MICROSERVICES)) {
            String scaled = MONOLITH.equals(stack) ? "monolith" : "catalog-service";
            StackResult one = browse(context, phases, stack, List.of(lab.baseUrl(stack)), rate, stack + ", 1 " + unit(stack));
            context.progress().step(stack + ": adding a second " + unit(stack));
            List<String> instances = lab.scale(scaled, 2);
            List<String> urls = MONOLITH.equals(stack) ? instances : List.of(lab.baseUrl(stack));
            StackResult two = browse(context, phases, stack, urls, rate, stack + ", 2 " + unit(stack) + "s");
            lab.scale(scaled, 1);
            results.add(one);
            results.add(two);
            double gain = two.summary().total().okThroughput() / Math.max(0.001, one.summary().total().okThroughput());
            double memory = two.usage().total().averageRssMib() - one.usage().total().averageRssMib();
            gained = gain > 1.1;
            anyGain |= gained;
            sentences.add(sentence(stack, one.summary().total(), two.summary().total(), gain, memory));
        }
        Verdict verdict = anyGain ? (gained ? Verdict.SUPPORTED : Verdict.MIXED) : Verdict.CONTRADICTED;
        String machine = Runtime.getRuntime().availableProcessors() + " cores";
        return new ExperimentResult(name(), title(),
                "Browsing at " + rate + " users/s (open model) for " + phases.total().toSeconds() + " s with one instance, then with"
                        + " a second catalog-service (microservices) or a second monolith, on this machine's " + machine + ".",
                LoadModel.OPEN, results, List.of(), List.of(new ClaimVerdict(Claim.SCALABILITY, verdict,
                        String.join(" ", sentences) + " A second instance can only add throughput where spare CPU exists; on "
                                + machine + " shared with the load generator there is little.")));
    }

    private static StackResult browse(ExperimentContext context, Phases phases, String stack, List<String> urls, double rate,
            String label) {
        context.progress().step(label + ": browsing");
        Trial.Outcome outcome = context.trial(phases).run(stack, LoadSpecs.browse(urls, rate), Disruption.NONE, false,
                context.directoryFor("scale-catalog", label.replaceAll("[^A-Za-z0-9]+", "-")));
        StackResult result = outcome.result();
        return new StackResult(label, result.timeline(), result.summary(), result.usage(), result.cpuSecondsPer1000Requests(),
                null, List.of(), result.gatlingReport());
    }

    private static String unit(String stack) {
        return MONOLITH.equals(stack) ? "monolith" : "catalog";
    }

    private static String sentence(String stack, RequestStats one, RequestStats two, double gain, double memoryMib) {
        return String.format(Locale.ROOT,
                "%s: good answers ×%.2f with a second %s (%.0f → %.0f per s, p95 %d → %d ms), for %+.0f MiB of memory.",
                stack, gain, unit(stack), one.okThroughput(), two.okThroughput(), one.okOnly().p95(), two.okOnly().p95(), memoryMib);
    }
}
