package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.GATEWAY;
import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.shoplab.lab.bench.BenchSettings;
import io.shoplab.lab.bench.CapacityProbe;
import io.shoplab.lab.bench.JitQuiet;
import io.shoplab.lab.bench.Scenario;
import io.shoplab.lab.bench.ServiceLevel;
import io.shoplab.lab.bench.WarmUp;
import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.process.OsProcesses;
import io.shoplab.lab.report.CapacityPoint;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.LoadModel;
import io.shoplab.lab.report.Numbers;
import io.shoplab.lab.stack.SpringBootApp;

/**
 * A hot catalog, scaled: each part on a node of the same CPU budget (the gateway, the microservices' front, on a larger
 * one), the capacity at the service level of a catalog-bound load (listing pages) with 1, 2 and 3 catalog-service nodes
 * behind one gateway, and 3 behind two gateways, against 1, 2 and 3 whole monoliths; then each stack's capacity for
 * placing orders with one node of each part. Several monoliths or gateways have one front, the same for both: the load
 * generator takes their URLs in turn. The stacks take turns going first, run by run.
 */
final class ScaleCatalog implements Experiment {

    /**
     * The node every part gets when the stacks run without budgets: a tenth of a core, so that three nodes, two gateways,
     * PostgreSQL and the load generator fit on two cores (at a fifth, three monoliths' capacity took the load generator
     * to two thirds of a core), and memory enough for any of the apps.
     */
    static final Budget NODE = new Budget(0.1, Budget.parseMemory("768m"));
    /**
     * The gateway's node: three times a service's. A listing page costs the gateway about 1.5 times the CPU it costs
     * catalog-service (docs/benchmark.md), so on a node of the same size one gateway is the limit before a second
     * catalog-service can add anything: the load would be gateway-bound, not catalog-bound. With three times the CPU,
     * the gateway caps two to three catalog-services, and where it does is what the second gateway shows.
     */
    static final Budget FRONT_NODE = new Budget(0.3, Budget.parseMemory("768m"));
    /** PostgreSQL serves every node of both stacks: a database node of four times the CPU, so that it is not the first limit. */
    static final Budget DATABASE_NODE = new Budget(1, Budget.parseMemory("2g"));

    static final int MOST_NODES = 3;
    static final Scenario LOAD = Scenario.LISTING;
    /** Measured with one node of each part: what an order rate costs each stack (the cost table's order row). */
    static final Scenario ORDERS = Scenario.ORDER;
    /** The benchmark's service level and search. */
    static final BenchSettings SEARCH = new BenchSettings(
            1,
            List.of(LOAD),
            Duration.ofSeconds(5),
            Duration.ZERO,
            Duration.ZERO,
            new ServiceLevel(500, 0.001),
            6000,
            BenchSettings.MIN_ANSWERS);
    /**
     * The order path's warm-up, first, on every node: orders run code the listing never does, and behind round robin the
     * least warm node sets every node's share (in a run that warmed the first only, it served 187 listing pages/s alone,
     * three monoliths together 319).
     */
    static final Duration ORDER_WARM_UP = Duration.ofSeconds(30);
    /**
     * Then listing pages, on every node at once, until their throughput stops rising and their JIT compilers have gone
     * quiet ({@link JitQuiet}), for a limit that depends on where the compilers work once the nodes are on budgets.
     * Inside the quota, a throughput levelled off on a busy machine can still leave them minutes of work, which inside a
     * tenth of a core takes the requests' CPU and makes each configuration measured later look better than it is (a run
     * saw 85 pages/s per node from three monoliths, 206 from one): {@link Limits#COMPILERS_INSIDE}. Beside the quota
     * their leftover work costs the requests nothing, and shorter limits keep the run short:
     * {@link Limits#COMPILERS_BESIDE}.
     *
     * @param warmUp the warm-up on the whole machine at most
     * @param onBudgets once the nodes are on their budgets, the same closed loop until its throughput stops rising again
     *                  and the compilers are quiet again, for this long at most. Without it, in a first run, the first
     *                  configuration measured came out at half the capacity of the next, smaller one: what the JVMs still
     *                  do after a warm-up on the whole machine (the heap resized; the JIT's queue where the compilers stay
     *                  inside the quota) runs inside the quotas now, and this is where it should. Microservices' nodes
     *                  were still rising after 90 s in a run with the compilers inside.
     */
    record Limits(Duration warmUp, Duration onBudgets) {
        static final Limits COMPILERS_INSIDE = new Limits(Duration.ofSeconds(300), Duration.ofSeconds(150));
        static final Limits COMPILERS_BESIDE = new Limits(Duration.ofSeconds(150), Duration.ofSeconds(90));

        static Limits compilers(boolean beside) {
            return beside ? COMPILERS_BESIDE : COMPILERS_INSIDE;
        }
    }

    /**
     * Before the order search, a closed loop of orders on the budgets, at the nodes' own pace ({@link CapacityProbe#pace}):
     * the search starts from its rate. The listing
     * searches start from what is known already: the first from the loop on the budgets, each next one from the capacity
     * just found, in proportion to the nodes left.
     */
    static final Duration SETTLE = Duration.ofSeconds(10);
    /**
     * Each search after a stack's first starts at this share of the capacity just found in proportion to the nodes left,
     * higher than the first's {@link BenchSettings#FINE_START_SHARE} of a closed loop's throughput: that estimate comes
     * from a capacity measured a minute before, and a configuration with one node fewer served at least 0.87 of it in
     * each of the nine runs since the compilers work beside the quotas (docs/results.md). Three steps fewer per search;
     * where the first step breaks the service level, the search starts again from half.
     */
    static final double NEXT_START_SHARE = 0.8;
    /** Before each search, the longest wait for the serving parts to work off what the last overload queued. */
    static final Duration IDLE_WITHIN = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "scale-catalog";
    }

    @Override
    public String title() {
        return "Scalability: more nodes for a hot catalog";
    }

    /** Five new instances started, six warm-ups, two order settles, nine configurations searched. */
    @Override
    public Duration estimate(Phases phases) {
        return Duration.ofMinutes(17);
    }

    @Override
    public ExperimentResult run(ExperimentContext context) {
        StackControl lab = context.lab();
        // Budgets the stacks were given (at up, or by experiment --node-cpus) are the user's node; else this
        // experiment's.
        boolean ownBudgets = lab.budget(MONOLITH).isNone();
        Budgets budgets = new Budgets(NODE, Map.of("postgres", DATABASE_NODE, GATEWAY, FRONT_NODE));
        Optional<String> absent = ownBudgets ? lab.applyBudgets(budgets) : Optional.empty();
        if (absent.isPresent()) {
            return result(
                    List.of(),
                    ScalingVerdict.notTested(
                            "Budgets could not be set (" + absent.get() + "): without a node of a"
                                    + " fixed size, a second instance only shares the same cores, and capacity cannot show what it adds."),
                    NODE,
                    FRONT_NODE,
                    false);
        }
        boolean compilersBeside = lab.budgetUsage(MONOLITH)
                .map(ControlGroup.GroupUsage::compilersBeside)
                .orElse(false);
        Budget node = lab.budget(MONOLITH);
        Budget front = lab.budget(GATEWAY);
        Nodes nodes = new Nodes(
                context,
                new CapacityProbe(context.gatling(), SEARCH, lab.out()),
                ownBudgets ? budgets : null,
                Limits.compilers(compilersBeside));
        List<CapacityPoint> points = new ArrayList<>();
        try {
            List<String> order =
                    context.run() % 2 == 1 ? List.of(MONOLITH, MICROSERVICES) : List.of(MICROSERVICES, MONOLITH);
            for (String stack : order) {
                points.addAll(MONOLITH.equals(stack) ? nodes.monoliths() : nodes.catalogs());
            }
        } finally {
            nodes.scaleBack();
            if (ownBudgets) {
                lab.applyBudgets(Budgets.NONE);
            }
        }
        return result(points, ScalingVerdict.of(points), node, front, compilersBeside);
    }

    private ExperimentResult result(
            List<CapacityPoint> points, ClaimVerdict verdict, Budget node, Budget front, boolean compilersBeside) {
        Limits limits = Limits.compilers(compilersBeside);
        String done = String.format(
                Locale.ROOT,
                "Each part on a node of %s (the gateway: %s; PostgreSQL, shared: %s), the load"
                        + " generator outside every budget. Listing pages (catalog-bound: on the microservices only the gateway and catalog-service serve them)."
                        + " Each stack's nodes for the most were started and warmed up together on the whole machine, with orders"
                        + " (%d s) then listing pages until the throughput stopped rising and the JIT compilers went quiet (%d s at"
                        + " most), then put on their budgets, loaded until both were so again (%d s at most), and"
                        + " measured from the most down: 2 gateways and 1 in front of %d catalog-services, then %d, 2 and 1 behind one"
                        + " gateway; %d, 2 and 1 whole monoliths. For each, once the serving parts were idle: %d-s steps (longer where fewer than %d answers would fall in one) of rates"
                        + " rising by a tenth until one broke the service level (%s), from %.1f × an estimate for a stack's first"
                        + " (the throughput of the loop on the budgets) and for the first behind one gateway (the capacity with two),"
                        + " %.1f × one for each next (the capacity just found in proportion to the nodes left). The capacity is the highest rate served. Then order placements with one node of each part,"
                        + " searched the same way from the rate of %d s of orders, %d in flight (a loop of few serves below the capacity)."
                        + " Several monoliths or gateways had one front,"
                        + " the same for both stacks: the load generator took their URLs in turn. %s",
                node.describe(),
                front.describe(),
                DATABASE_NODE.describe(),
                ORDER_WARM_UP.toSeconds(),
                limits.warmUp().toSeconds(),
                limits.onBudgets().toSeconds(),
                MOST_NODES,
                MOST_NODES,
                MOST_NODES,
                SEARCH.step().toSeconds(),
                SEARCH.minAnswers(),
                SEARCH.serviceLevel().describe(),
                BenchSettings.FINE_START_SHARE,
                NEXT_START_SHARE,
                SETTLE.toSeconds(),
                WarmUp.FEW_IN_FLIGHT,
                compilersBeside
                        ? "Each JVM's JIT compilers worked beside its node's quota, in a control group without one."
                        : "Each JVM's JIT compilers worked inside its node's quota.");
        return new ExperimentResult(
                name(), title(), done, LoadModel.OPEN, List.of(), List.of(), List.of(verdict), List.of(), points);
    }

    /**
     * The configurations of one run on the stacks that are up: every node a stack needs started and warmed up at once,
     * then measured from the most nodes down, one stopped after each measurement, so that no node starts cold.
     *
     * @param lifted this experiment's budgets, lifted while new instances start and warm up; {@code null} when the
     *               stacks run on the user's
     */
    private record Nodes(ExperimentContext context, CapacityProbe probe, Budgets lifted, Limits limits) {

        /** Three monoliths started at once; each configuration offers the load to the first n of them. */
        List<CapacityPoint> monoliths() {
            Warm warm = startAndWarmUp(MONOLITH, () -> lab().scale(MONOLITH, MOST_NODES));
            List<CapacityPoint> points = new ArrayList<>();
            double estimate = warm.listingRate();
            for (int n = MOST_NODES; n >= 1; n--) {
                List<String> serving = IntStream.rangeClosed(1, n)
                        .mapToObj(instance -> SpringBootApp.instanceName(MONOLITH, instance))
                        .toList();
                double firstRate = firstRate(n, estimate);
                CapacityPoint point = measure(
                        MONOLITH,
                        n + (n == 1 ? " monolith" : " monoliths"),
                        LOAD,
                        n,
                        0,
                        warm.urls().subList(0, n),
                        part -> part.equals("postgres") || serving.contains(part),
                        () -> firstRate);
                points.add(0, point);
                estimate = point.capacity() * (n - 1) / n;
            }
            points.add(orders(
                    MONOLITH,
                    "1 monolith",
                    0,
                    warm.urls().subList(0, 1),
                    part -> part.equals("postgres") || part.equals(MONOLITH)));
            return points;
        }

        /** Three catalog-services behind two gateways, then behind one, then two catalog-services, then one. */
        List<CapacityPoint> catalogs() {
            Warm warm = startAndWarmUp(MICROSERVICES, () -> {
                lab().scale("catalog-service", MOST_NODES);
                return lab().scale(GATEWAY, 2);
            });
            List<String> oneGateway = warm.urls().subList(0, 1);
            CapacityPoint twoGateways = measure(
                    MICROSERVICES,
                    MOST_NODES + " catalog-services, 2 gateways",
                    LOAD,
                    MOST_NODES,
                    2,
                    warm.urls(),
                    part -> true,
                    () -> BenchSettings.FINE_START_SHARE * warm.listingRate());
            lab().scale(GATEWAY, 1);
            List<CapacityPoint> points = new ArrayList<>();
            double estimate = twoGateways.capacity();
            for (int n = MOST_NODES; n >= 1; n--) {
                if (n < MOST_NODES) {
                    lab().scale("catalog-service", n);
                }
                double firstRate = firstRate(n, estimate);
                CapacityPoint point = measure(
                        MICROSERVICES,
                        n + (n == 1 ? " catalog-service" : " catalog-services") + ", 1 gateway",
                        LOAD,
                        n,
                        1,
                        oneGateway,
                        part -> true,
                        () -> firstRate);
                points.add(0, point);
                estimate = point.capacity() * (n - 1) / n;
            }
            points.add(twoGateways);
            points.add(orders(MICROSERVICES, "1 of each service, 1 gateway", 1, oneGateway, part -> true));
            return points;
        }

        private StackControl lab() {
            return context.lab();
        }

        void scaleBack() {
            for (String part : List.of("catalog-service", GATEWAY, MONOLITH)) {
                try {
                    lab().scale(part, 1);
                } catch (RuntimeException e) {
                    context.progress().step("could not scale " + part + " back to one: " + e.getMessage());
                }
            }
        }

        /**
         * Starts the stack's nodes and warms them up; where this experiment set the budgets, on the whole machine first:
         * a JVM starts in seconds there and in minutes in a tenth of a core, and its JIT, compiling inside the quota,
         * would take the CPU the requests need.
         */
        private Warm startAndWarmUp(String stack, Supplier<List<String>> start) {
            context.progress().step(stack + ": starting the nodes of the most, then warming them up");
            if (lifted != null) {
                lab().applyBudgets(Budgets.NONE);
            }
            List<String> urls = start.get();
            probe.warmUp(
                    urls,
                    ORDERS,
                    ORDER_WARM_UP,
                    WarmUp.THROUGHPUT_ALONE,
                    context.directoryFor("scale-catalog", stack + "-order-warmup"));
            double listingRate = probe.warmUp(
                    urls,
                    LOAD,
                    limits.warmUp(),
                    new JitQuiet(OsProcesses.system(), lab().pids(stack).values()),
                    context.directoryFor("scale-catalog", stack + "-warmup"));
            if (lifted != null) {
                lab().applyBudgets(lifted);
                listingRate = probe.warmUp(
                        urls,
                        LOAD,
                        limits.onBudgets(),
                        new JitQuiet(OsProcesses.system(), lab().pids(stack).values()),
                        context.directoryFor("scale-catalog", stack + "-on-budgets"));
            }
            return new Warm(urls, listingRate);
        }

        /**
         * Order placements on one node of each part, searched from the rate of a short loop of a few orders in flight on
         * the budgets: it serves below the capacity, as a first step should.
         */
        private CapacityPoint orders(
                String stack, String configuration, int gateways, List<String> urls, Predicate<String> serves) {
            return measure(
                    stack,
                    configuration,
                    ORDERS,
                    1,
                    gateways,
                    urls,
                    serves,
                    () -> probe.pace(
                            urls, ORDERS, SETTLE, context.directoryFor("scale-catalog", stack + "-order-settle")));
        }

        /** The capacity of one configuration, searched by tenths from a first rate taken once the serving parts are idle. */
        private CapacityPoint measure(
                String stack,
                String configuration,
                Scenario load,
                int nodes,
                int gateways,
                List<String> urls,
                Predicate<String> serves,
                DoubleSupplier firstRate) {
            String label = stack + ", " + configuration + ", " + load.title();
            Path directory = context.directoryFor("scale-catalog", label.replaceAll("[^A-Za-z0-9]+", "-"));
            Map<String, Long> pids = new LinkedHashMap<>();
            lab().pids(stack).forEach((part, pid) -> {
                if (serves.test(part)) {
                    pids.put(part, pid);
                }
            });
            if (!new KneeWatch(lab(), pids).awaitIdle(IDLE_WITHIN)) {
                context.progress().step(label + ": the parts were still busy after " + IDLE_WITHIN.toSeconds() + " s");
            }
            double from = firstRate.getAsDouble();
            context.progress().step(label + ": searching the capacity from " + Numbers.format(from) + " req/s");
            KneeWatch watch = new KneeWatch(lab(), pids); // its first step's use counted from here, not from the wait
            double capacity = CapacityProbe.capacity(probe.searchFrom(urls, load, from, directory, watch));
            Knee knee = watch.knee();
            context.progress()
                    .step(label + ": capacity " + Numbers.format(capacity) + " req/s; the limit: "
                            + knee.description());
            return new CapacityPoint(
                    stack,
                    configuration,
                    load.title(),
                    nodes,
                    gateways,
                    lab().budget(stack.equals(MONOLITH) ? MONOLITH : "catalog-service")
                            .cpus(),
                    pids.keySet().stream()
                            .mapToDouble(part -> lab().budget(part).cpus())
                            .sum(),
                    capacity,
                    watch.rssMib(),
                    knee.description(),
                    knee.limitedByLab());
        }

        /**
         * Where the search of n nodes starts: from further below the estimate for the most nodes. That is a stack's first
         * search (from a closed loop's throughput), or the first behind one gateway after two, where the gateway can now
         * be the limit (a second one has lifted the capacity by up to ×2.3).
         */
        private static double firstRate(int nodes, double estimate) {
            return (nodes == MOST_NODES ? BenchSettings.FINE_START_SHARE : NEXT_START_SHARE) * estimate;
        }

        /** A stack's entrances once its nodes are warm, and what a closed loop of listings got from them last. */
        private record Warm(List<String> urls, double listingRate) {}
    }
}
