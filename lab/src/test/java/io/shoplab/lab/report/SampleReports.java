package io.shoplab.lab.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import io.shoplab.lab.Platform;
import io.shoplab.lab.measure.ProcessSample;
import io.shoplab.lab.measure.ProcessUsage;
import io.shoplab.lab.measure.RecoveryRule;
import io.shoplab.lab.measure.RequestEvent;
import io.shoplab.lab.measure.RequestLog;
import io.shoplab.lab.measure.ResourceUsage;
import io.shoplab.lab.measure.Window;

/** A report from made-up but plausible numbers: a baseline and a kill of reviews-service, 60 s each. */
final class SampleReports {

    static final Instant START = Instant.parse("2025-01-01T10:00:00Z");
    static final String HOSTILE_TEXT = "<script>alert('x')</script> & \"quoted\" | piped";

    private SampleReports() {}

    static Report sample() {
        return new Report(run(), List.of(), List.of(baseline(), killReviews()), cost(), List.of());
    }

    /**
     * The same report with kill-reviews run three times: 40, 44 and 48 requests a second, more lost to the
     * fault each time, and the third run's verdict CONTRADICTED where the first two said SUPPORTED.
     */
    static Report repeated() {
        ExperimentResult killReviews = ExperimentResult.ofRuns(List.of(
                killReviews(40, 0.3, Verdict.SUPPORTED),
                killReviews(44, 0.5, Verdict.SUPPORTED),
                killReviews(48, 0.9, Verdict.CONTRADICTED)));
        return new Report(run(), List.of(), List.of(baseline(), killReviews), cost(), List.of());
    }

    private static RunInfo run() {
        return new RunInfo(
                START,
                new Machine(2, 7936, "17.0.15", "Linux 6.1 amd64"),
                Platform.LOCAL.description(),
                Map.of(
                        "eureka.client.registryFetchIntervalSeconds",
                        "5",
                        "resilience4j.timelimiter.timeoutDuration",
                        "800ms",
                        "note",
                        HOSTILE_TEXT));
    }

    private static List<CostRow> cost() {
        return List.of(
                new CostRow("processes", "count", 2, 9),
                new CostRow("resident memory", "MiB", 420, 2150),
                new CostRow("start-up time", "s", 6.2, 21.5),
                new CostRow("lines of code", "lines", 5200, 7900));
    }

    private static ExperimentResult baseline() {
        StackResult monolith = stack("monolith", 60, 40, 0.0, -1, -1, 1, 380);
        StackResult microservices = stack("microservices", 60, 40, 0.0, -1, -1, 3, 2100);
        return new ExperimentResult(
                "baseline",
                "Baseline",
                "40 users per second browse and order for 60 s on each stack.",
                LoadModel.OPEN,
                List.of(monolith, microservices),
                List.of(),
                List.of(new ClaimVerdict(
                        Claim.COST, Verdict.SUPPORTED, "Microservices: 5.5× the memory for the same requests.")));
    }

    private static ExperimentResult killReviews() {
        return killReviews(40, 0.3, Verdict.SUPPORTED);
    }

    private static ExperimentResult killReviews(int perSecond, double microservicesLoss, Verdict verdict) {
        StackResult monolith = stack("monolith", 60, perSecond, 1.0, 20, 40, 1, 380)
                .withInvariants(List.of(new InvariantCheck("stock is conserved", true, "1000 = 874 + 126 reserved")));
        StackResult microservices = stack("microservices", 60, perSecond, microservicesLoss, 20, 40, 3, 2100)
                .withInvariants(List.of(
                        new InvariantCheck("stock is conserved", true, "1000 = 861 + 139 reserved"),
                        new InvariantCheck("no half-done order", false, HOSTILE_TEXT)))
                .withGatlingReport("../../load-tests/target/gatling/browse-1/index.html");
        return new ExperimentResult(
                "resilience-kill-reviews",
                "Kill reviews",
                "Kill <reviews-service> & restart it 20 s later, under load.",
                LoadModel.OPEN,
                List.of(monolith, microservices),
                List.of(Marker.fault(20, "kill reviews"), Marker.heal(40, "restart reviews")),
                List.of(
                        new ClaimVerdict(
                                Claim.RESILIENCE,
                                verdict,
                                "Microservices answered 70 % of requests while reviews was down; the monolith, killed whole, none.")));
    }

    /** {@code perSecond} requests a second; between faultAt and healAt a {@code lossDuringFault} share fails. */
    private static StackResult stack(
            String name,
            int seconds,
            int perSecond,
            double lossDuringFault,
            long faultAt,
            long healAt,
            int processes,
            double rssMib) {
        Random random = new Random(name.hashCode() + faultAt);
        List<RequestEvent> events = new ArrayList<>();
        for (int second = 0; second < seconds; second++) {
            boolean faulty = second >= faultAt && second < healAt + 3;
            for (int i = 0; i < perSecond; i++) {
                boolean ok = !faulty || random.nextDouble() >= lossDuringFault;
                long millis = (long) (8 + Math.abs(random.nextGaussian()) * (faulty ? 120 : 15));
                String request = i % 4 == 0 ? "order" : "product page";
                events.add(new RequestEvent(
                        START.toEpochMilli() + second * 1000L + i * (1000L / perSecond),
                        request,
                        ok ? 200 : 503,
                        millis,
                        ok));
            }
        }
        RequestLog log = RequestLog.of(events, START);
        List<ProcessUsage> usage = LongStream.range(0, processes)
                .mapToObj(index -> ProcessUsage.of(
                        "process-" + index,
                        List.of(1000 + index),
                        LongStream.range(0, seconds)
                                .mapToObj(second ->
                                        new ProcessSample(second, 0.3 / processes + 0.05, rssMib / processes, true))
                                .toList(),
                        null))
                .toList();
        StackResult result = StackResult.of(
                name, log.timeline(seconds), log.summary(new Window(0, seconds)), ResourceUsage.of(usage));
        var recovery = new RecoveryRule(0.01, 3).secondsToRecover(log.timeline(seconds), healAt);
        return healAt < 0 || recovery.isEmpty() ? result : result.withRecoverySeconds(recovery.getAsLong());
    }
}
