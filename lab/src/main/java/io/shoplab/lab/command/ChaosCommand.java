package io.shoplab.lab.command;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.chaos.Campaign;
import io.shoplab.lab.chaos.CampaignResult;
import io.shoplab.lab.chaos.ChaosSettings;
import io.shoplab.lab.control.LocalStackControl;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.LabStack;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.StackPorts;
import io.shoplab.lab.stack.StateStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "chaos",
        mixinStandardHelpOptions = true,
        description = {
            "A chaos campaign on one stack, started for it (fault injection on, fresh databases,",
            "state and logs in target/lab-chaos/). Each run drives mixed user journeys from the lab",
            "while a seeded schedule kills and restarts components and injects latency and errors;",
            "then it heals, waits for quiet and checks through the public API: stock conserved,",
            "nothing half-done, acknowledged orders kept, idempotent retries. Writes",
            "target/report/chaos-<stack>/ (report, each run's history.jsonl). A broken invariant",
            "prints the seed, the run and the first offending history entries, and exits 1.",
            "About 30-60 s per run."
        })
public final class ChaosCommand implements Callable<Integer> {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    /** A restart during a run may take long on busy cores; it runs beside the load. */
    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(3);

    @Option(names = "--stack", required = true, description = "monolith or microservices.")
    String stack;

    @Option(
            names = "--runs",
            defaultValue = "20",
            description = "Runs, each with its own schedule (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description =
                    "Seed of every schedule and journey sequence; run R's schedule is drawn from Random(seed × 1,000,003 + R) (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--run-duration",
            defaultValue = "20s",
            converter = DurationConverter.class,
            description =
                    "Faulty load per run; it goes on while a killed component restarts (default: ${DEFAULT-VALUE}).")
    Duration runDuration;

    @Option(
            names = "--rate",
            defaultValue = "20",
            description = "Journeys begun per second by all customers (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(
            names = "--clients",
            defaultValue = "16",
            description = "Virtual customers, each a thread (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(
            names = "--quiet-timeout",
            defaultValue = "90s",
            converter = DurationConverter.class,
            description = "How long the shop may take to settle after a run's heal (default: ${DEFAULT-VALUE}).")
    Duration quietTimeout;

    @Option(
            names = "--keep-going",
            description = "Go on after a run that broke an invariant (default: stop the campaign there).")
    boolean keepGoing;

    @Option(
            names = "--free-ports",
            description = "Every part on a port free now instead of the defaults (8080, 8090, 8761, 8081..8085, 15432),"
                    + " to run beside a lab that holds them.")
    boolean freePorts;

    @Option(names = "--keep-running", description = "Leave the stack up at the end (default: stop it).")
    boolean keepRunning;

    @Mixin
    WatchOption watch = new WatchOption();

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Override
    public Integer call() {
        ChaosSettings settings =
                new ChaosSettings(stack, runs, seed, runDuration, clients, rate, quietTimeout, keepGoing);
        LabLayout main = LabLayout.fromEnvironment();
        Path work = main.labDirectory().resolveSibling("lab-chaos");
        stopLeftovers(new StateStore(new LabLayout(main.root(), work).stateFile()));
        LabStack shop = LabStack.start(
                new LabStack.Settings(main.root(), stack, work, true, START_TIMEOUT, System.out, budget.budgets()),
                freePorts ? StackPorts.free() : StackPorts.defaults());
        try {
            StateStore store = new StateStore(shop.layout().stateFile());
            // Restarts report through the campaign's own lines, not the start-up chatter.
            ComponentControl control =
                    new ComponentControl(store, new PrintStream(OutputStream.nullOutputStream()), RESTART_TIMEOUT);
            StackControl lab = new LocalStackControl(shop.layout(), store, control, System.out);
            Path report = main.labDirectory().resolveSibling("report").resolve("chaos-" + stack);
            try (LiveWatch live = watch.onStack(shop.layout(), main)) {
                CampaignResult result = new Campaign(lab, shop.stack(), settings, report, System.out).run();
                return result.passed() ? 0 : 1;
            }
        } finally {
            if (keepRunning) {
                shop.keepRunning();
                System.out.printf(
                        "the %s stack keeps running (%s); stop it with:%n  java -Dshoplab.labDirectory=%s -jar lab/target/shoplab-lab.jar down%n",
                        stack, shop.baseUrl(), work);
            } else {
                System.out.println("stopping the stack (--keep-running leaves it up)");
                shop.close();
            }
        }
    }

    /** A campaign left running (--keep-running) holds the ports and the data directory the next one needs. */
    private static void stopLeftovers(StateStore store) {
        List<RunningComponent> running = store.load().components().stream()
                .filter(RunningComponent::isAlive)
                .toList();
        if (!running.isEmpty()) {
            System.out.println("stopping what an earlier chaos campaign left running");
            new ComponentControl(store, System.out, Duration.ZERO)
                    .stopAll(store.load().components());
        }
    }
}
