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
import io.shoplab.lab.control.StackControl;

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
        StackControl lab = context.lab();
        List<Scaled> scaled = new ArrayList<>();
        for (String stack : List.of(MONOLITH, MICROSERVICES)) {
            String part = MONOLITH.equals(stack) ? "monolith" : "catalog-service";
            StackResult one = browse(context, phases, stack, List.of(lab.baseUrl(stack)), rate, stack + ", 1 " + unit(stack));
            context.progress().step(stack + ": adding a second " + unit(stack));
            List<String> instances = lab.scale(part, 2);
            List<String> urls = MONOLITH.equals(stack) ? instances : List.of(lab.baseUrl(stack));
            StackResult two = browse(context, phases, stack, urls, rate, stack + ", 2 " + unit(stack) + "s");
            lab.scale(part, 1);
            scaled.add(new Scaled(stack, one, two));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        return new ExperimentResult(name(), title(),
                "Browsing at " + rate + " users/s (open model) for " + phases.total().toSeconds() + " s with one instance, then with"
                        + " a second catalog-service (microservices) or a second monolith, on this machine's " + cores + " cores.",
                LoadModel.OPEN, scaled.stream().flatMap(run -> java.util.stream.Stream.of(run.one(), run.two())).toList(), List.of(),
                List.of(verdict(scaled, cores)));
    }

    /** One stack browsed with one instance of the scaled part, then with two. */
    record Scaled(String stack, StackResult one, StackResult two) {

        double gain() {
            return two.summary().total().okThroughput() / one.summary().total().okThroughput();
        }
    }

    /**
     * Supported when a second catalog-service bought the microservices more than 10 % good answers, mixed when only a
     * second monolith did, contradicted when neither did; not tested when a one-instance run answered nothing well.
     */
    static ClaimVerdict verdict(List<Scaled> runs, int cores) {
        if (runs.stream().anyMatch(run -> run.one().summary().total().okThroughput() == 0)) {
            return new ClaimVerdict(Claim.SCALABILITY, Verdict.NOT_TESTED, "No good answer came with one instance of "
                    + runs.stream().filter(run -> run.one().summary().total().okThroughput() == 0).map(Scaled::stack).toList()
                    + ": there is nothing to compare a second instance with.");
        }
        boolean servicesGained = runs.stream().anyMatch(run -> run.stack().equals(MICROSERVICES) && run.gain() > 1.1);
        boolean anyGained = runs.stream().anyMatch(run -> run.gain() > 1.1);
        Verdict verdict = servicesGained ? Verdict.SUPPORTED : anyGained ? Verdict.MIXED : Verdict.CONTRADICTED;
        List<String> sentences = new ArrayList<>(runs.stream().map(ScaleCatalog::sentence).toList());
        sentences.add(spareCpu(runs, cores));
        return new ClaimVerdict(Claim.SCALABILITY, verdict, String.join(" ", sentences));
    }

    /** How much of the machine each stack used with one instance: a second one can only add throughput on spare cores. */
    private static String spareCpu(List<Scaled> runs, int cores) {
        List<String> used = new ArrayList<>();
        double most = 0;
        for (Scaled run : runs) {
            StackResult one = run.one();
            if (one.usage().processes().isEmpty()) {
                used.add(run.stack() + " n/a");
                continue;
            }
            double average = one.usage().total().cpuSeconds() / one.summary().window().seconds();
            most = Math.max(most, average);
            used.add(String.format(Locale.ROOT, "%s %.1f", run.stack(), average));
        }
        String spare = most == 0 ? "" : most > 0.75 * cores ? ": little was spare for a second instance"
                : String.format(Locale.ROOT, ": at most %.1f cores were spare for a second instance", cores - most);
        return String.format(Locale.ROOT, "Cores used on average with one instance, of this machine's %d (the load generator's"
                + " not counted): %s%s.", cores, String.join(", ", used), spare);
    }

    private static StackResult browse(ExperimentContext context, Phases phases, String stack, List<String> urls, double rate,
            String label) {
        context.progress().step(label + ": browsing");
        Trial.Outcome outcome = context.trial(phases).run(stack, LoadSpecs.browse(urls, rate), Disruption.NONE,
                context.directoryFor("scale-catalog", label.replaceAll("[^A-Za-z0-9]+", "-")));
        StackResult result = outcome.result();
        return new StackResult(label, result.timeline(), result.summary(), result.usage(), result.cpuSecondsPer1000Requests(),
                null, List.of(), result.gatlingReport());
    }

    private static String unit(String stack) {
        return MONOLITH.equals(stack) ? "monolith" : "catalog";
    }

    private static String sentence(Scaled run) {
        RequestStats one = run.one().summary().total();
        RequestStats two = run.two().summary().total();
        double memoryMib = run.two().usage().total().averageRssMib() - run.one().usage().total().averageRssMib();
        return String.format(Locale.ROOT,
                "%s: good answers ×%.2f with a second %s (%.0f → %.0f per s, p95 %d → %d ms), for %+.0f MiB of memory.",
                run.stack(), run.gain(), unit(run.stack()), one.okThroughput(), two.okThroughput(), one.okOnly().p95(), two.okOnly().p95(),
                memoryMib);
    }
}
