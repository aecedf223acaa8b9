package io.shoplab.lab.chaos;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.shoplab.lab.LabException;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.health.RouteProbe;
import io.shoplab.lab.invariants.Finding;
import io.shoplab.lab.shopapi.RequestRecord;
import io.shoplab.lab.shopapi.ShopApi;
import io.shoplab.lab.stack.ShopService;
import io.shoplab.lab.stack.Stack;
import io.shoplab.lab.stack.Stacks;

/**
 * A chaos campaign on a stack the lab started with fault injection on: the stock is noted once, the
 * stack warmed up, then each run is driven, healed and checked; at the end the report is written and the summary printed.
 * A run that breaks an invariant prints the seed, the run, the rule and the first offending history
 * entries, and ends the campaign (unless told to keep going).
 */
public final class Campaign {

    static final Duration WARM_UP = Duration.ofSeconds(10);

    private final StackControl lab;
    private final Stack stack;
    private final ChaosSettings settings;
    private final Path directory;
    private final PrintStream out;

    /** @param directory where the report and the runs' histories go, e.g. {@code target/report/chaos-monolith} */
    public Campaign(StackControl lab, Stack stack, ChaosSettings settings, Path directory, PrintStream out) {
        this.lab = lab;
        this.stack = stack;
        this.settings = settings;
        this.directory = directory;
        this.out = out;
    }

    public CampaignResult run() {
        ChaosTargets targets = ChaosTargets.of(settings.stack());
        String base = lab.baseUrl(settings.stack());
        boolean monolith = Stacks.MONOLITH.equals(settings.stack());
        ShopApi shop = new ShopApi(base);
        ShopObserver observer = new ShopObserver(
                shop,
                managementUrl(monolith ? Stacks.MONOLITH : ShopService.INVENTORY.serviceName()),
                managementUrl(monolith ? Stacks.MONOLITH : ShopService.PAYMENTS.serviceName()));
        out.printf(
                "chaos on %s: %d runs, seed %d, %d s of load per run, %d customers, %s journeys/s; histories and report in %s%n",
                settings.stack(),
                settings.runs(),
                settings.seed(),
                settings.runDuration().toSeconds(),
                settings.clients(),
                format(settings.rate()),
                directory);
        // Asked before the first fault, while every app of the stack runs.
        List<ResilienceSettings.Setting> settingsInForce = ResilienceSettings.of(lab, settings.stack());
        Map<Long, Long> stockBefore = shop.quietShelf(settings.quietTimeout())
                .orElseThrow(() -> new LabException("stock is still reserved after "
                        + settings.quietTimeout().toSeconds()
                        + " s: an order is half-done before the campaign starts"));
        CampaignContext context = new CampaignContext(
                lab,
                targets,
                settings,
                directory,
                out,
                shop,
                observer,
                probes(base),
                stockBefore,
                new ArrayList<>(),
                Long.toString(System.currentTimeMillis(), 36));
        warmUp(context);
        Instant started = Instant.now();
        List<RunResult> runs = new ArrayList<>();
        for (int run = 1; run <= settings.runs(); run++) {
            RunResult result = new ChaosRun(context, run).run();
            runs.add(result);
            if (!result.notTested().isEmpty()) {
                out.printf(
                        "NOT TESTED seed %d run %d: %s — the campaign cannot pass%n",
                        settings.seed(), run, String.join("; ", result.notTested()));
            }
            if (!result.violations().isEmpty()) {
                printViolations(result);
                if (!settings.keepGoing()) {
                    out.println(
                            "stopping the campaign: the shop's state is broken, later runs could not be checked against it"
                                    + " (--keep-going goes on)");
                    break;
                }
            }
        }
        long took = Instant.now().toEpochMilli() - started.toEpochMilli();
        List<KillImpact> kills =
                runs.stream().flatMap(run -> run.kills().stream()).toList();
        CampaignResult result = new CampaignResult(
                settings, started, took, runs, BlastRadius.of(kills, targets.killable()), settingsInForce);
        Path report = ChaosReport.write(result, directory);
        CampaignSummary.print(result, report, out);
        return result;
    }

    /**
     * The same load without faults for a few seconds, unrecorded, so the first run does not meet a cold JIT
     * (a fresh stack answers its first requests slowly). Its customers' orders count for the stock like any.
     */
    private void warmUp(CampaignContext context) {
        try (History unrecorded = History.inMemory()) {
            LoadDriver load = new LoadDriver(
                    context.shop(), unrecorded, settings, 0, "chaos-" + context.customerTag() + "-warmup");
            long start = System.currentTimeMillis();
            load.start(start, start + WARM_UP.toMillis());
            load.await(WARM_UP.plusMillis(LoadDriver.RETRY_BUDGET_MS + ShopApi.ORDER_TIMEOUT.toMillis()));
            context.customersSoFar().addAll(load.customers());
            List<RequestRecord> requests = unrecorded.requests();
            out.printf(
                    "warmed up: %d s of the same load without faults, %d requests, %d answered as expected%n",
                    WARM_UP.toSeconds(),
                    requests.size(),
                    requests.stream().filter(RequestRecord::succeeded).count());
        }
    }

    private void printViolations(RunResult result) {
        for (Finding violation : result.violations()) {
            out.printf(
                    "VIOLATION seed %d run %d: %s — %s%n",
                    settings.seed(), result.run(), violation.invariant(), violation.detail());
            violation.evidence().forEach(line -> out.println("    " + line));
        }
        out.printf(
                "  reproduce: ./shoplab chaos --stack %s --seed %d --runs %d --run-duration %ds --clients %d --rate %s%n"
                        + "  history: %s%n",
                settings.stack(),
                settings.seed(),
                result.run(),
                settings.runDuration().toSeconds(),
                settings.clients(),
                format(settings.rate()),
                directory.resolve(result.history()));
    }

    /** The stack's own route probes; the monolith has none, so the same paths on it. */
    private List<RouteProbe> probes(String base) {
        if (!stack.routeProbes().isEmpty()) {
            return stack.routeProbes();
        }
        return Arrays.stream(ShopService.values())
                .filter(service -> service.publicPath().isPresent())
                .map(service -> new RouteProbe(
                        base + service.publicPath().orElseThrow(),
                        List.of(Stacks.MONOLITH),
                        service == ShopService.CATALOG))
                .toList();
    }

    private String managementUrl(String name) {
        return lab.running(name).component().app().managementUrl();
    }

    static String format(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : String.format(Locale.ROOT, "%.1f", rate);
    }
}
