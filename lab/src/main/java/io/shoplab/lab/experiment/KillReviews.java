package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.faults.Fault;
import io.shoplab.lab.measure.RequestLog;
import io.shoplab.lab.measure.Window;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.Verdict;

/**
 * One part dies under load: reviews-service is killed and restarted; in the monolith, where there is
 * no process to kill without killing everything, the reviews module fails every call for as long.
 */
final class KillReviews implements Experiment {

    @Override
    public String name() {
        return "kill-reviews";
    }

    @Override
    public String title() {
        return "Resilience: reviews die under load";
    }

    @Override
    public Duration estimate(Phases phases) {
        return phases.total().plusSeconds(15).multipliedBy(2);
    }

    @Override
    public ExperimentResult run(ExperimentContext context) {
        StackControl lab = context.lab();
        Disruption moduleFails = new Disruption(
                "reviews module fails every call",
                () -> lab.fault(MONOLITH, "reviews", new Fault(0, 1.0)),
                "heal reviews",
                () -> lab.heal(MONOLITH));
        SideBySide.Runs runs = SideBySide.run(
                context,
                name(),
                List.of(
                        new SideBySide.Plan(MONOLITH, context.mixed(MONOLITH), moduleFails),
                        new SideBySide.Plan(
                                MICROSERVICES,
                                context.mixed(MICROSERVICES),
                                Disruption.killAndRestart(lab, "reviews-service"))));
        return runs.result(
                this,
                "Mixed load; at second " + runs.phases().faultSecond()
                        + " reviews-service is killed (SIGKILL) and restarted at second "
                        + runs.phases().healSecond()
                        + ". The monolith's reviews module fails every call (fault injection) for the same"
                        + " window: a process cannot be killed inside the monolith.",
                verdict(runs));
    }

    private static ClaimVerdict verdict(SideBySide.Runs runs) {
        return verdict(runs.of(MONOLITH).log(), runs.of(MICROSERVICES).log(), runs.disrupted());
    }

    /** Supported when product pages and orders went on at 95 % or more while reviews-service was dead. */
    static ClaimVerdict verdict(RequestLog mono, RequestLog micro, Window during) {
        OptionalDouble pages = Shares.ok(micro, during, Shares.PRODUCT_PAGES);
        OptionalDouble orders = Shares.ok(micro, during, Shares.ORDERS);
        Verdict verdict = pages.isEmpty() || orders.isEmpty()
                ? Verdict.NOT_TESTED
                : pages.getAsDouble() >= 0.95 && orders.getAsDouble() >= 0.95
                        ? Verdict.SUPPORTED
                        : Verdict.CONTRADICTED;
        return new ClaimVerdict(
                Claim.RESILIENCE,
                verdict,
                String.format(
                        Locale.ROOT,
                        "With reviews-service dead, the microservices still answered %s of product pages (%s of them degraded, without a"
                                + " rating) and %s of orders; review calls themselves: %s. The monolith with a failing reviews module: %s of"
                                + " product pages (%s degraded), %s of orders, reviews %s.",
                        Shares.percent(pages),
                        Shares.percent(Shares.degraded(micro, during)),
                        Shares.percent(orders),
                        Shares.percent(Shares.ok(micro, during, Shares.REVIEWS)),
                        Shares.percent(Shares.ok(mono, during, Shares.PRODUCT_PAGES)),
                        Shares.percent(Shares.degraded(mono, during)),
                        Shares.percent(Shares.ok(mono, during, Shares.ORDERS)),
                        Shares.percent(Shares.ok(mono, during, Shares.REVIEWS))));
    }
}
