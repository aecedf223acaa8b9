package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.process.OsProcesses;
import io.shoplab.lab.process.ProcessReading;
import io.shoplab.lab.report.CapacityPoint;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.CostRow;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.LoadModel;
import io.shoplab.lab.report.StackResult;
import io.shoplab.lab.report.Verdict;
import io.shoplab.lab.stack.StackPart;

/**
 * What each stack costs to run and to build, measured on this machine now: processes, idle memory,
 * start-up time, CPU per 1,000 requests (from the baseline, when it ran), code and jar size, build time.
 */
final class Cost implements Experiment {

    private final Map<String, Duration> startUpTimes;
    private final Optional<ExperimentResult> baseline;
    private final Optional<ExperimentResult> scaling;
    private final Map<String, Duration> buildTimes;
    private List<CostRow> rows = List.of();

    /**
     * @param startUpTimes how long {@code up} took per stack in this run, if the lab started them
     * @param scaling {@code scale-catalog}'s capacities, when it ran: what each stack needs for a browse rate
     * @param buildTimes how long a clean build of each stack took, if measured ({@code --with-build-time})
     */
    Cost(
            Map<String, Duration> startUpTimes,
            Optional<ExperimentResult> baseline,
            Optional<ExperimentResult> scaling,
            Map<String, Duration> buildTimes) {
        this.startUpTimes = startUpTimes;
        this.baseline = baseline;
        this.scaling = scaling;
        this.buildTimes = buildTimes;
    }

    @Override
    public String name() {
        return "cost";
    }

    @Override
    public String title() {
        return "Cost: running and building each stack";
    }

    @Override
    public Duration estimate(Phases phases) {
        return Duration.ofSeconds(5);
    }

    List<CostRow> rows() {
        return rows;
    }

    @Override
    public ExperimentResult run(ExperimentContext context) {
        StackControl lab = context.lab();
        Path root = lab.layout().root();
        List<CostRow> table = new ArrayList<>();
        String parts = lab.platform().parts();
        table.add(new CostRow(
                parts + " (PostgreSQL counted once in each)",
                "",
                lab.liveParts(MONOLITH).size(),
                lab.liveParts(MICROSERVICES).size()));
        // Containers in a virtual machine (Docker Desktop) have no PID here: no memory row rather than a wrong one.
        boolean memoryVisible = memoryVisible(lab, MONOLITH) && memoryVisible(lab, MICROSERVICES);
        if (memoryVisible) {
            table.add(new CostRow(
                    "memory now (RSS of all " + parts + ")", "MiB", rssMib(lab, MONOLITH), rssMib(lab, MICROSERVICES)));
        }
        if (startUpTimes.containsKey(MONOLITH) && startUpTimes.containsKey(MICROSERVICES)) {
            table.add(new CostRow(
                    "start-up until it serves every route",
                    "s",
                    startUpTimes.get(MONOLITH).toMillis() / 1000.0,
                    startUpTimes.get(MICROSERVICES).toMillis() / 1000.0));
        }
        baseline.ifPresent(result -> cpuPer1000(result).ifPresent(table::add));
        scaling.ifPresent(result -> table.addAll(toServe(result.capacities())));
        CodeLines code = CodeLines.of(root);
        table.add(new CostRow("lines of code (Java, YAML, SQL)", "lines", code.monolith(), code.microservices()));
        table.add(new CostRow("deployable jars", "MiB", jarMib(lab, MONOLITH), jarMib(lab, MICROSERVICES)));
        OptionalDouble monolithImages = lab.imagesMib(MONOLITH);
        OptionalDouble microservicesImages = lab.imagesMib(MICROSERVICES);
        if (monolithImages.isPresent() && microservicesImages.isPresent()) {
            table.add(new CostRow(
                    "container images (PostgreSQL's counted in each)",
                    "MiB",
                    monolithImages.getAsDouble(),
                    microservicesImages.getAsDouble()));
        }
        if (buildTimes.containsKey(MONOLITH) && buildTimes.containsKey(MICROSERVICES)) {
            table.add(new CostRow(
                    "clean build of its jars",
                    "s",
                    buildTimes.get(MONOLITH).toSeconds(),
                    buildTimes.get(MICROSERVICES).toSeconds()));
        }
        rows = List.copyOf(table);
        return new ExperimentResult(
                name(),
                title(),
                "Counted on the running stacks (" + lab.describePlatform() + ") and the source tree: " + parts
                        + (memoryVisible
                                ? " and their memory"
                                : " (their memory: n/a, their processes are not visible from here)")
                        + ", start-up time of this run's `up`, CPU per 1,000 requests from the baseline, the budget and memory that"
                        + " served a listing rate and an order rate in scale-catalog, lines of main code, jar sizes"
                        + (monolithImages.isPresent() ? ", image sizes" : "")
                        + (buildTimes.isEmpty()
                                ? " (build time: run with --with-build-time)."
                                : ", and a clean offline build of each stack."),
                LoadModel.OPEN,
                List.<StackResult>of(),
                List.of(),
                List.of(cost(table), complexity(code, table.get(0), parts)));
    }

    /** Supported when the microservices cost more than 10 % more in all rows but one, contradicted when in none. */
    static ClaimVerdict cost(List<CostRow> table) {
        String figures = String.join(
                "; ",
                table.stream()
                        .map(row -> String.format(
                                Locale.ROOT,
                                "%s %s vs %s%s",
                                row.name(),
                                number(row.monolith()),
                                number(row.microservices()),
                                row.unit().isEmpty() ? "" : " " + row.unit()))
                        .toList());
        long dearer = table.stream()
                .filter(row -> row.microservices() > row.monolith() * 1.1)
                .count();
        Verdict cost =
                dearer >= table.size() - 1 ? Verdict.SUPPORTED : dearer == 0 ? Verdict.CONTRADICTED : Verdict.MIXED;
        return new ClaimVerdict(Claim.COST, cost, "Monolith vs microservices: " + figures + ".");
    }

    /**
     * Supported when running the domain code as services takes more lines than as one app, contradicted when it does
     * not, not tested without a source tree. Shared folders count on both sides, so only the others make a difference.
     */
    static ClaimVerdict complexity(CodeLines code, CostRow parts, String partsName) {
        if (code.monolith() == 0 || code.microservices() == 0) {
            return new ClaimVerdict(
                    Claim.DEVELOPMENT_COMPLEXITY, Verdict.NOT_TESTED, "No source tree to count lines in.");
        }
        long more = code.microservices() - code.monolith();
        return new ClaimVerdict(
                Claim.DEVELOPMENT_COMPLEXITY,
                more > 0 ? Verdict.SUPPORTED : Verdict.CONTRADICTED,
                String.format(
                        Locale.ROOT,
                        "Lines of main code: %s on both sides (%s); only in the monolith %s (%s); only in the"
                                + " microservices %s (%s). The same domain code takes %s %s lines to run as services (%s vs %s),"
                                + " and %s %s to deploy and watch instead of %s.",
                        number(code.sharedLines()),
                        folders(code.shared()),
                        number(code.monolithOnly()),
                        folders(code.monolithFolders()),
                        number(code.microservicesOnly()),
                        folders(code.microservicesFolders()),
                        number(Math.abs(more)),
                        more > 0 ? "more" : "fewer",
                        number(code.monolith()),
                        number(code.microservices()),
                        number(parts.microservices()),
                        partsName,
                        number(parts.monolith())));
    }

    private static String folders(Map<String, Long> lines) {
        return String.join(
                ", ",
                lines.entrySet().stream()
                        .map(entry -> entry.getKey() + "/ " + number(entry.getValue()))
                        .toList());
    }

    private static Optional<CostRow> cpuPer1000(ExperimentResult baseline) {
        Map<String, Double> perStack = new HashMap<>();
        baseline.stacks().forEach(stack -> perStack.put(stack.stack(), stack.cpuSecondsPer1000Requests()));
        Double mono = perStack.get(MONOLITH);
        Double micro = perStack.get(MICROSERVICES);
        return mono == null || micro == null
                ? Optional.empty()
                : Optional.of(new CostRow("CPU per 1,000 requests (baseline)", "CPU s", mono, micro));
    }

    /**
     * The CPU budget and memory each stack needed to serve the same rate at the service level, for each load scale-catalog
     * measured (listing pages, order placements): the highest rate both reached, each with the configuration of the fewest
     * budgeted cores that served it. None for a load that either stack served not at all.
     */
    static List<CostRow> toServe(List<CapacityPoint> points) {
        List<CostRow> rows = new ArrayList<>();
        points.stream().map(CapacityPoint::load).distinct().forEach(load -> {
            List<CapacityPoint> ofLoad =
                    points.stream().filter(point -> point.load().equals(load)).toList();
            double rate = Math.min(highest(ofLoad, MONOLITH), highest(ofLoad, MICROSERVICES));
            if (rate > 0) {
                CapacityPoint monolith = cheapest(ofLoad, MONOLITH, rate);
                CapacityPoint microservices = cheapest(ofLoad, MICROSERVICES, rate);
                String what = " to serve " + number(rate) + " " + load + "s/s at the service level (scale-catalog: "
                        + monolith.configuration() + " / " + microservices.configuration() + ")";
                rows.add(new CostRow(
                        "CPU budget" + what, "cores", monolith.budgetedCores(), microservices.budgetedCores()));
                rows.add(new CostRow("memory" + what, "GiB", monolith.rssMib() / 1024, microservices.rssMib() / 1024));
            }
        });
        return rows;
    }

    private static double highest(List<CapacityPoint> points, String stack) {
        return points.stream()
                .filter(point -> point.stack().equals(stack))
                .mapToDouble(CapacityPoint::capacity)
                .max()
                .orElse(0);
    }

    private static CapacityPoint cheapest(List<CapacityPoint> points, String stack, double rate) {
        return points.stream()
                .filter(point -> point.stack().equals(stack) && point.capacity() >= rate)
                .min(Comparator.comparingDouble(CapacityPoint::budgetedCores))
                .orElseThrow();
    }

    private static boolean memoryVisible(StackControl lab, String stack) {
        return lab.pids(stack).keySet().containsAll(lab.liveParts(stack));
    }

    private static double rssMib(StackControl lab, String stack) {
        return lab.pids(stack).values().stream()
                        .mapToLong(pid -> OsProcesses.system()
                                .read(pid)
                                .map(ProcessReading::residentKib)
                                .orElse(0L))
                        .sum()
                / 1024.0;
    }

    private static double jarMib(StackControl lab, String stack) {
        return lab.state().components().stream()
                        .filter(StackPart::isAlive)
                        .map(part -> part.component().app())
                        .filter(app -> app != null && app.stack().equals(stack) && app.instance() == 1)
                        .mapToLong(app -> size(app.jar()))
                        .sum()
                / (1024.0 * 1024.0);
    }

    private static long size(Path jar) {
        try {
            return Files.exists(jar) ? Files.size(jar) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }
}
