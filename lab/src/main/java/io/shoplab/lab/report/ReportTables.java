package io.shoplab.lab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import io.shoplab.lab.measure.Latency;
import io.shoplab.lab.measure.RequestStats;
import io.shoplab.lab.measure.ResourceUsage;

/** The report's tables: experiments with stacks side by side, one column each. */
final class ReportTables {

    private static final String NOT_SAMPLED = "n/a";

    private ReportTables() {}

    static Table verdicts(Report report) {
        List<List<String>> rows = report.verdictTable().stream()
                .map(verdict -> List.of(
                        verdict.claim().title(),
                        verdict.claim().articleSays(),
                        verdict.verdict().name(),
                        verdict.sentence(),
                        testedBy(report, verdict.claim())))
                .toList();
        return new Table(List.of("Claim", "The article says", "Verdict", "Why", "Tested by"), rows);
    }

    static Table stackNumbers(ExperimentResult experiment) {
        List<StackResult> stacks = experiment.stacks();
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(
                "window (s)",
                stacks,
                s -> s.summary().window().fromSecond() + "–"
                        + s.summary().window().toSecond()));
        rows.add(row("requests", stacks, total(stats -> Long.toString(stats.count()))));
        rows.add(row(
                "failed",
                stacks,
                total(stats -> stats.failures() + " (" + Numbers.format(stats.failurePercent()) + " %)")));
        rows.add(row("throughput (req/s)", stacks, total(stats -> Numbers.format(stats.throughput()))));
        rows.add(row("good answers (req/s)", stacks, total(stats -> Numbers.format(stats.okThroughput()))));
        rows.add(row("latency p50/p95/p99/max, all (ms)", stacks, total(stats -> latency(stats.all()))));
        rows.add(row("latency p50/p95/p99/max, good (ms)", stacks, total(stats -> latency(stats.okOnly()))));
        // Nothing sampled: containers whose processes this machine cannot see (Docker Desktop's virtual machine).
        rows.add(row(
                "processes",
                stacks,
                sampled(usage -> Integer.toString(usage.processes().size()))));
        rows.add(row(
                "CPU (s)", stacks, sampled(usage -> Numbers.format(usage.total().cpuSeconds()))));
        rows.add(row(
                "CPU s per 1,000 requests",
                stacks,
                s -> s.usage().processes().isEmpty() ? NOT_SAMPLED : Numbers.format(s.cpuSecondsPer1000Requests())));
        rows.add(row(
                "RSS average / max (MiB)",
                stacks,
                sampled(usage -> Numbers.format(usage.total().averageRssMib()) + " / "
                        + Numbers.format(usage.total().maxRssMib()))));
        rows.add(row(
                "time to recover (s)",
                stacks,
                s -> s.recoverySeconds() == null ? "–" : Long.toString(s.recoverySeconds())));
        rows.add(row("invariants", stacks, s -> held(s.invariants())));
        return new Table(header("", stacks), rows);
    }

    private static Function<StackResult, String> total(Function<RequestStats, String> figure) {
        return stack -> figure.apply(stack.summary().total());
    }

    private static Function<StackResult, String> sampled(Function<ResourceUsage, String> figure) {
        return stack -> stack.usage().processes().isEmpty() ? NOT_SAMPLED : figure.apply(stack.usage());
    }

    static Table requestNumbers(ExperimentResult experiment) {
        List<String> header = new ArrayList<>(List.of("request"));
        experiment.stacks().forEach(stack -> header.add(stack.stack() + ": count, failed %, p95 ms"));
        TreeSet<String> names = new TreeSet<>();
        experiment
                .stacks()
                .forEach(stack -> names.addAll(stack.summary().byRequest().keySet()));
        List<List<String>> rows = names.stream()
                .map(name -> {
                    List<String> row = new ArrayList<>(List.of(name));
                    experiment.stacks().forEach(stack -> {
                        RequestStats stats = stack.summary().byRequest().get(name);
                        row.add(
                                stats == null
                                        ? "–"
                                        : stats.count() + ", " + Numbers.format(stats.failurePercent()) + " %, "
                                                + stats.all().p95());
                    });
                    return (List<String>) row;
                })
                .toList();
        return new Table(header, rows);
    }

    /**
     * Each configuration's capacity (min / median / max over the runs when repeated), its scaling efficiency (capacity over
     * that many times the stack's one-node capacity) and what it cost, from the first run.
     */
    static Table capacity(ExperimentResult experiment) {
        String capacity = experiment.repeated() ? "capacity (req/s, min / median / max)" : "capacity (req/s)";
        List<List<String>> rows = experiment.capacities().stream()
                .map(point -> List.of(
                        point.key(),
                        capacities(experiment, point),
                        efficiency(experiment.capacities(), point),
                        Numbers.format(point.budgetedCores()),
                        Numbers.format(point.perCore()),
                        Numbers.format(point.rssMib()),
                        Numbers.format(point.perGib()),
                        point.knee()))
                .toList();
        return new Table(
                List.of(
                        "configuration",
                        capacity,
                        "scaling efficiency",
                        "CPU budget (cores)",
                        "req/s per core",
                        "RSS (MiB)",
                        "req/s per GiB",
                        "what set the limit"),
                rows);
    }

    private static String capacities(ExperimentResult experiment, CapacityPoint point) {
        if (!experiment.repeated()) {
            return Numbers.format(point.capacity());
        }
        return Spread.of(experiment.runs().stream()
                        .flatMap(run -> run.capacities().stream())
                        .filter(other -> other.key().equals(point.key()))
                        .map(CapacityPoint::capacity)
                        .toList())
                .map(Spread::describe)
                .orElse("–");
    }

    /** Capacity with n nodes over n times the capacity with one, of the same stack and load; "–" for one node or none measured. */
    static String efficiency(List<CapacityPoint> points, CapacityPoint point) {
        return points.stream()
                .filter(one -> one.sameLine(point) && one.nodes() == 1 && one.capacity() > 0)
                .findFirst()
                .filter(one -> point.nodes() > 1)
                .map(one -> Numbers.format(point.capacity() / (point.nodes() * one.capacity())))
                .orElse("–");
    }

    static Table cost(List<CostRow> rows) {
        return new Table(
                List.of("", "unit", "monolith", "microservices", "× monolith"),
                rows.stream()
                        .map(row -> List.of(
                                row.name(),
                                row.unit(),
                                Numbers.format(row.monolith()),
                                Numbers.format(row.microservices()),
                                Numbers.format(row.ratio())))
                        .toList());
    }

    static Table settings(RunInfo run) {
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of("date", run.date().toString()),
                List.of("cores", Integer.toString(run.machine().cores())),
                List.of("memory (MiB)", Long.toString(run.machine().memoryMib())),
                List.of("Java", run.machine().javaVersion()),
                List.of("operating system", run.machine().os()),
                List.of("platform", run.platform())));
        run.settings().forEach((name, value) -> rows.add(List.of(name, value)));
        return new Table(List.of("setting", "value"), rows);
    }

    private static String testedBy(Report report, Claim claim) {
        return String.join(
                ", ",
                report.experiments().stream()
                        .filter(experiment -> experiment.claims().contains(claim))
                        .map(ExperimentResult::title)
                        .toList());
    }

    private static String latency(Latency latency) {
        return latency.p50() + " / " + latency.p95() + " / " + latency.p99() + " / " + latency.max();
    }

    /** "3 of 4 held", or "–" when none was checked. */
    static String held(List<InvariantCheck> checks) {
        return checks.isEmpty()
                ? "–"
                : checks.stream().filter(InvariantCheck::passed).count() + " of " + checks.size() + " held";
    }

    private static List<String> header(String first, List<StackResult> stacks) {
        return row(first, stacks, StackResult::stack);
    }

    private static List<String> row(String metric, List<StackResult> stacks, Function<StackResult, String> value) {
        return Stream.concat(Stream.of(metric), stacks.stream().map(value)).toList();
    }
}
