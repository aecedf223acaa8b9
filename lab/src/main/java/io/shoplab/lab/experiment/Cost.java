package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.process.ProcFs;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.CostRow;
import io.shoplab.lab.report.ExperimentResult;
import io.shoplab.lab.report.LoadModel;
import io.shoplab.lab.report.StackResult;
import io.shoplab.lab.report.Verdict;
import io.shoplab.lab.state.RunningComponent;

/**
 * What each stack costs to run and to build, measured on this machine now: processes, idle memory,
 * start-up time, CPU per 1,000 requests (from the baseline, when it ran), code and jar size, build time.
 */
final class Cost implements Experiment {

    private final Map<String, Duration> startUpTimes;
    private final Optional<ExperimentResult> baseline;
    private final Map<String, Duration> buildTimes;
    private List<CostRow> rows = List.of();

    /**
     * @param startUpTimes how long {@code up} took per stack in this run, if the lab started them
     * @param buildTimes how long a clean build of each stack took, if measured ({@code --with-build-time})
     */
    Cost(Map<String, Duration> startUpTimes, Optional<ExperimentResult> baseline, Map<String, Duration> buildTimes) {
        this.startUpTimes = startUpTimes;
        this.baseline = baseline;
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
        ExperimentLab lab = context.lab();
        Path root = lab.layout().root();
        List<CostRow> table = new ArrayList<>();
        table.add(new CostRow("processes (PostgreSQL counted once in each)", "", lab.pids(MONOLITH).size(), lab.pids(MICROSERVICES).size()));
        table.add(new CostRow("memory now (RSS of all processes)", "MiB", rssMib(lab, MONOLITH), rssMib(lab, MICROSERVICES)));
        if (startUpTimes.containsKey(MONOLITH) && startUpTimes.containsKey(MICROSERVICES)) {
            table.add(new CostRow("start-up until it serves every route", "s", startUpTimes.get(MONOLITH).toMillis() / 1000.0,
                    startUpTimes.get(MICROSERVICES).toMillis() / 1000.0));
        }
        baseline.ifPresent(result -> cpuPer1000(result).ifPresent(table::add));
        long shared = CodeSize.lines(root, CodeSize.SHARED);
        table.add(new CostRow("lines of code (Java, YAML, SQL)", "lines", shared + CodeSize.lines(root, CodeSize.MONOLITH),
                shared + CodeSize.lines(root, CodeSize.MICROSERVICES)));
        table.add(new CostRow("deployable jars", "MiB", jarMib(lab, MONOLITH), jarMib(lab, MICROSERVICES)));
        if (buildTimes.containsKey(MONOLITH) && buildTimes.containsKey(MICROSERVICES)) {
            table.add(new CostRow("clean build of its jars", "s", buildTimes.get(MONOLITH).toSeconds(), buildTimes.get(MICROSERVICES).toSeconds()));
        }
        rows = List.copyOf(table);
        return new ExperimentResult(name(), title(),
                "Counted on the running stacks and the source tree: processes and their memory, start-up time of this run's `up`,"
                        + " CPU per 1,000 requests from the baseline, lines of main code, jar sizes"
                        + (buildTimes.isEmpty() ? " (build time: run with --with-build-time)." : ", and a clean offline build of each stack."),
                LoadModel.OPEN, List.<StackResult>of(), List.of(), verdicts(table));
    }

    private static List<ClaimVerdict> verdicts(List<CostRow> table) {
        String figures = String.join("; ", table.stream()
                .map(row -> String.format(Locale.ROOT, "%s %s vs %s%s", row.name(), number(row.monolith()), number(row.microservices()),
                        row.unit().isEmpty() ? "" : " " + row.unit()))
                .toList());
        long dearer = table.stream().filter(row -> row.microservices() > row.monolith() * 1.1).count();
        Verdict cost = dearer >= table.size() - 1 ? Verdict.SUPPORTED : dearer == 0 ? Verdict.CONTRADICTED : Verdict.MIXED;
        CostRow code = table.stream().filter(row -> row.name().startsWith("lines of code")).findFirst().orElseThrow();
        return List.of(new ClaimVerdict(Claim.COST, cost, "Monolith vs microservices: " + figures + "."),
                new ClaimVerdict(Claim.DEVELOPMENT_COMPLEXITY, code.microservices() > code.monolith() ? Verdict.SUPPORTED : Verdict.CONTRADICTED,
                        String.format(Locale.ROOT, "The same domain code needs %s more lines to run as services (HTTP adapters, internal"
                                + " endpoints, the saga and its recovery, gateway, discovery, per-service configuration): %s vs %s,"
                                + " and %s processes to deploy and watch instead of %s.", number(code.microservices() - code.monolith()),
                                number(code.monolith()), number(code.microservices()), number(table.get(0).microservices()),
                                number(table.get(0).monolith()))));
    }

    private static Optional<CostRow> cpuPer1000(ExperimentResult baseline) {
        Double mono = null;
        Double micro = null;
        for (StackResult stack : baseline.stacks()) {
            if (stack.stack().equals(MONOLITH)) {
                mono = stack.cpuSecondsPer1000Requests();
            }
            else if (stack.stack().equals(MICROSERVICES)) {
                micro = stack.cpuSecondsPer1000Requests();
            }
        }
        return mono == null || micro == null ? Optional.empty()
                : Optional.of(new CostRow("CPU per 1,000 requests (baseline)", "CPU s", mono, micro));
    }

    private static double rssMib(ExperimentLab lab, String stack) {
        return lab.pids(stack).values().stream().mapToLong(pid -> ProcFs.system().residentKib(pid).orElse(0L)).sum() / 1024.0;
    }

    private static double jarMib(ExperimentLab lab, String stack) {
        return lab.state().components().stream()
                .filter(RunningComponent::isAlive)
                .map(running -> running.component().app())
                .filter(app -> app != null && app.stack().equals(stack) && app.instance() == 1)
                .mapToLong(app -> size(app.jar()))
                .sum() / (1024.0 * 1024.0);
    }

    private static long size(Path jar) {
        try {
            return Files.exists(jar) ? Files.size(jar) : 0;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.1f", value);
    }
}
