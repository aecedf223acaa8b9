package io.shoplab.lab.chaos;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.shoplab.lab.Polling;
import io.shoplab.lab.health.RouteWait;
import io.shoplab.lab.invariants.AcknowledgedKept;
import io.shoplab.lab.invariants.Finding;
import io.shoplab.lab.invariants.IdempotentRetries;
import io.shoplab.lab.invariants.MoneyConservation;
import io.shoplab.lab.invariants.NoHalfDone;
import io.shoplab.lab.invariants.StockConservation;
import io.shoplab.lab.report.ReportData;
import io.shoplab.lab.shopapi.RequestRecord;
import io.shoplab.lab.shopapi.ShopApi;

/**
 * One run of a campaign: the load and the schedule's faults together, the load kept on while a killed
 * component restarts (so its recovery is seen), then the heal, a wait for quiet (every route answers,
 * nothing held, every captured payment's order CONFIRMED: the saga's recovery is done), and the checks.
 */
final class ChaosRun {

    /**
     * The load goes on this long after the last restarted component is ready, to see the journeys come back:
     * a restarted service is routed to once the gateway's registry fetch (2 s) and load-balancer cache (2 s) caught up.
     */
    static final long TAIL_AFTER_READY_MS = 8_000;
    /** The most a run's load may go on past its duration, waiting for restarts. */
    static final long MAX_TAIL_MS = 90_000;

    private static final PrintStream SILENT = new PrintStream(OutputStream.nullOutputStream());

    private final CampaignContext campaign;
    private final int run;

    ChaosRun(CampaignContext campaign, int run) {
        this.campaign = campaign;
        this.run = run;
    }

    RunResult run() {
        ChaosSettings settings = campaign.settings();
        Schedule schedule = Schedule.plan(campaign.targets(), settings.seed(), run, settings.runDuration());
        String label = String.format(Locale.ROOT, "[run %d/%d]", run, settings.runs());
        campaign.out()
                .printf(
                        "%s seed %d: %d faults planned: %s%n",
                        label,
                        settings.seed(),
                        schedule.faults().size(),
                        schedule.faults().stream().map(PlannedFault::describe).collect(Collectors.joining("; ")));
        String directory = String.format(Locale.ROOT, "runs/run-%02d", run);
        Path runDirectory = campaign.directory().resolve(directory);
        ReportData.writeJson(schedule, runDirectory.resolve("schedule.json"));
        String customerPrefix = String.format(Locale.ROOT, "chaos-%s-r%02d", campaign.customerTag(), run);
        try (History history = History.writingTo(runDirectory.resolve("history.jsonl"))) {
            long start = System.currentTimeMillis() + 200;
            long hardStop = start + settings.runDuration().toMillis() + MAX_TAIL_MS;
            LoadDriver load = new LoadDriver(campaign.shop(), history, settings, run, customerPrefix);
            FaultInjector injector = new FaultInjector(campaign.lab(), history, campaign.out(), label, start);
            long loadEnd;
            try {
                load.start(start, hardStop);
                injector.start(schedule);
                Polling.pauseUntil(
                        Instant.ofEpochMilli(start + settings.runDuration().toMillis()));
                Polling.until(() -> !injector.busy(), Duration.ofMillis(200), Instant.ofEpochMilli(hardStop));
                load.stopAt(Math.max(System.currentTimeMillis(), injector.lastReadyMillis() + TAIL_AFTER_READY_MS));
                load.await(Duration.ofMillis(LoadDriver.RETRY_BUDGET_MS + ShopApi.ORDER_TIMEOUT.toMillis()));
                loadEnd = System.currentTimeMillis();
                injector.heal(settings.stack());
            } catch (RuntimeException failed) {
                injector.stop();
                throw failed;
            }
            campaign.customersSoFar().addAll(load.customers());

            long quietStart = System.currentTimeMillis();
            Instant deadline = Instant.now().plus(settings.quietTimeout());
            new RouteWait(SILENT, deadline).awaitAll(campaign.probes(), name -> Path.of(name + ".log"));
            // Nothing held, and every captured payment's order CONFIRMED.
            Polling.until(campaign.observer()::settled, Duration.ofSeconds(1), deadline);
            long quiet = System.currentTimeMillis() - quietStart;

            List<RequestRecord> requests = history.requests();
            Duration left = Duration.between(Instant.now(), deadline);
            Finding stock = new StockConservation(
                            campaign.stockBefore(),
                            campaign.shop()
                                    .quietShelf(
                                            left.compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10) : left)
                                    .orElse(null),
                            campaign.shop().ordersOf(campaign.customersSoFar()))
                    .check();
            ShopState state = campaign.observer().read(requests, load.customers());
            IdempotentRetries idempotent = new IdempotentRetries(requests, load.intents(), state.ordersByCustomer());
            List<Finding> violations = Stream.of(
                            stock,
                            new MoneyConservation(state.capturedPayments(), state.moneyOrders(), requests).check(),
                            new NoHalfDone(state.heldReservations(), requests).check(),
                            new AcknowledgedKept(requests, state.orders()).check(),
                            idempotent.check())
                    .filter(finding -> !finding.held())
                    .toList();

            long end = System.currentTimeMillis();
            List<AppliedFault> faults = injector.applied();
            RunResult result = new RunResult(
                    run,
                    schedule,
                    start,
                    loadEnd,
                    end,
                    quiet,
                    faults,
                    RunAnalysis.stats(requests),
                    requests.size(),
                    RunAnalysis.kills(run, faults, requests, loadEnd),
                    idempotent.placedWithoutAnswer(),
                    violations,
                    RunAnalysis.notTested(schedule, faults, requests),
                    directory + "/history.jsonl",
                    requests);
            campaign.out().println(summary(label, result));
            return result;
        }
    }

    static String summary(String label, RunResult result) {
        String journeys = result.journeys().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey().label() + " " + entry.getValue().succeeded() + "/"
                        + entry.getValue().started()
                        + (entry.getValue().degraded() > 0
                                ? " (" + entry.getValue().degraded() + " degraded)"
                                : ""))
                .collect(Collectors.joining(", "));
        return String.format(
                Locale.ROOT,
                "%s done in %d s (load %d s, quiet after %.1f s): %d requests; journeys ok: %s;%s %s",
                label,
                result.tookMillis() / 1000,
                (result.loadEndMillis() - result.startMillis()) / 1000,
                result.quietMillis() / 1000.0,
                result.requests(),
                journeys,
                result.placedWithoutAnswer() == 0
                        ? ""
                        : " " + result.placedWithoutAnswer() + " orders placed without a 201 to the client;",
                (result.violations().isEmpty()
                                ? "all invariants held"
                                : result.violations().size() + " VIOLATIONS")
                        + (result.notTested().isEmpty()
                                ? ""
                                : "; NOT TESTED: " + String.join("; ", result.notTested())));
    }
}
