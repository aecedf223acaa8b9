package io.shoplab.lab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.shoplab.lab.measure.RequestStats;

/**
 * What the report adds for an experiment run several times: a line saying which run the charts and
 * tables show, and the "Spread over N runs" table of each stack's headline numbers. Both writers use
 * it, so the HTML and the Markdown say the same.
 */
final class Repetitions {

    private Repetitions() {}

    static String note(ExperimentResult experiment) {
        return "Measured in " + experiment.runs().size()
                + " runs back to back. The charts, the tables above the spread and the"
                + " verdict sentences are the first run's; each verdict is the one most runs reached.";
    }

    static String heading(ExperimentResult experiment) {
        return "Spread over " + experiment.runs().size() + " runs";
    }

    /** Per stack (of the first run, matched by name in the others), each headline number as min / median / max over the runs. */
    static Table spread(ExperimentResult experiment) {
        List<ExperimentResult> runs = experiment.runs();
        List<String> stacks =
                experiment.stacks().stream().map(StackResult::stack).toList();
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("throughput (req/s)", runs, stacks, total(RequestStats::throughput)));
        rows.add(row("good answers (req/s)", runs, stacks, total(RequestStats::okThroughput)));
        rows.add(row("failed (%)", runs, stacks, total(RequestStats::failurePercent)));
        rows.add(row("latency p50, all (ms)", runs, stacks, total(total ->
                (double) total.all().p50())));
        rows.add(row("latency p95, all (ms)", runs, stacks, total(total ->
                (double) total.all().p95())));
        rows.add(row("latency p99, all (ms)", runs, stacks, total(total ->
                (double) total.all().p99())));
        rows.add(row("CPU s per 1,000 requests", runs, stacks, StackResult::cpuSecondsPer1000Requests));
        // Nothing sampled (containers this machine cannot see): no memory rather than a zero.
        rows.add(row(
                "RSS average (MiB)",
                runs,
                stacks,
                s -> s.usage().processes().isEmpty() ? null : s.usage().total().averageRssMib()));
        if (!experiment.markers().isEmpty()) {
            rows.add(row(
                    "time to recover (s)",
                    runs,
                    stacks,
                    s -> s.recoverySeconds() == null
                            ? null
                            : s.recoverySeconds().doubleValue()));
        }
        if (runs.stream()
                .flatMap(run -> run.stacks().stream())
                .anyMatch(stack -> !stack.invariants().isEmpty())) {
            rows.add(invariants(runs, stacks));
        }
        return new Table(
                Stream.concat(Stream.of("min / median / max"), stacks.stream()).toList(), rows);
    }

    /** The invariants of the runs after the first that broke (the first run's are listed with its stacks), e.g. "run 2, monolith: …". */
    static List<String> brokenInLaterRuns(ExperimentResult experiment) {
        List<ExperimentResult> runs = experiment.runs();
        return IntStream.range(1, runs.size())
                .boxed()
                .flatMap(run -> runs.get(run).stacks().stream()
                        .flatMap(stack -> stack.invariants().stream()
                                .filter(check -> !check.passed())
                                .map(check -> "run " + (run + 1) + ", " + stack.stack() + ": " + check.name() + " — "
                                        + check.detail())))
                .toList();
    }

    private static Function<StackResult, Double> total(Function<RequestStats, Double> figure) {
        return stack -> figure.apply(stack.summary().total());
    }

    /** A value missing from some runs (not sampled, never recovered) is spread over the others, and says over how many. */
    private static List<String> row(
            String metric, List<ExperimentResult> runs, List<String> stacks, Function<StackResult, Double> value) {
        List<String> row = new ArrayList<>(List.of(metric));
        for (String stack : stacks) {
            List<Double> values = runs.stream()
                    .map(run -> stack(run, stack).map(value).orElse(null))
                    .toList();
            row.add(Spread.of(values)
                    .map(spread -> spread.describe()
                            + (spread.count() < runs.size()
                                    ? " (" + spread.count() + " of " + runs.size() + " runs)"
                                    : ""))
                    .orElse("–"));
        }
        return row;
    }

    private static List<String> invariants(List<ExperimentResult> runs, List<String> stacks) {
        List<String> row = new ArrayList<>(List.of("invariants, all runs"));
        for (String stack : stacks) {
            row.add(ReportTables.held(runs.stream()
                    .flatMap(run -> stack(run, stack).stream())
                    .flatMap(result -> result.invariants().stream())
                    .toList()));
        }
        return row;
    }

    private static Optional<StackResult> stack(ExperimentResult run, String name) {
        return run.stacks().stream().filter(stack -> stack.stack().equals(name)).findFirst();
    }
}
