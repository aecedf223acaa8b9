package io.shoplab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.report.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @Test
    void givesMedianSpreadsAndTheRatioOfTheMedians() {
        BenchResult result = new BenchResult(
                "JDK",
                "sampling 0",
                "p99 ≤ 500 ms",
                List.of(
                        round(1, "monolith", 1000, 0.5), round(1, "microservices", 300, 2.0),
                        round(2, "microservices", 360, 2.4), round(2, "monolith", 1200, 0.6),
                        round(3, "monolith", 1100, 0.55), round(3, "microservices", 330, 2.2)));

        Table summary = BenchReport.summary(result);

        assertThat(summary.rows().get(0))
                .containsExactly(
                        "product page: capacity (requests/s)", "1000 / 1100 / 1200", "300 / 330 / 360", "×0.30");
        assertThat(summary.rows().get(1))
                .containsExactly("product page: CPU ms per request", "0.50 / 0.55 / 0.60", "2 / 2.20 / 2.40", "×4");
    }

    @Test
    void aStackWithoutCapacityHasNoFiguresAndNoRatio() {
        BenchResult result = new BenchResult(
                "JDK",
                "sampling 0",
                "p99 ≤ 500 ms",
                List.of(
                        round(1, "monolith", 1000, 0.5),
                        new BenchResult.StackRound(
                                1,
                                "microservices",
                                60,
                                120,
                                Map.of(Scenario.PRODUCT, new BenchResult.ScenarioRound(0, List.of(), null)))));

        List<String> cpu = BenchReport.summary(result).rows().get(1);

        assertThat(cpu).containsExactly("product page: CPU ms per request", "0.50 / 0.50 / 0.50", "–", "–");
        assertThat(BenchReport.ratio(Optional.of(1.0), Optional.of(0.0))).isEqualTo("–");
    }

    @Test
    void theMarkdownHasTheHeadlineTableThenEachScenarioWithItsProcesses(@TempDir Path temporary) throws IOException {
        // A folder not made yet, as target/report/bench on a clean clone.
        Path directory = temporary.resolve("report/bench");
        BenchResult result = new BenchResult(
                "JDK 25",
                "sampling 0",
                "p99 ≤ 500 ms, failed ≤ 1 %",
                List.of(round(1, "monolith", 1000, 0.5), round(1, "microservices", 300, 2.0)));

        String markdown = Files.readString(BenchReport.write(result, "./shoplab bench --rounds 1", directory));

        assertThat(markdown)
                .startsWith("# Benchmark: capacity at a service level\n\n`./shoplab bench --rounds 1` — 1 round(s)")
                .contains(
                        "Service level: p99 ≤ 500 ms, failed ≤ 1 %. Capacity is the highest offered rate",
                        "|  | monolith | microservices | ratio |\n| --- | --- | --- | --- |\n| product page: capacity (requests/s) | 1000 / 1000 / 1000 | 300 / 300 / 300 | ×0.30 |",
                        "## product page (GET /api/products/{id})\n\n|  | monolith |",
                        "CPU ms per request and memory per process, microservices:\n\n| process | CPU ms per request | memory (MiB) |\n| --- | --- | --- |\n| app | 2 / 2 / 2 | 300 / 300 / 300 |");
        assertThat(directory.resolve("bench.json")).content().contains("\"capacity\" : 300.0");
    }

    private static BenchResult.StackRound round(int round, String stack, double capacity, double cpuMillis) {
        SteadyResult steady =
                new SteadyResult(capacity / 2, 100, 0, 5, 20, Map.of("app", cpuMillis), Map.of("app", 300.0));
        return new BenchResult.StackRound(
                round,
                stack,
                10,
                60,
                Map.of(Scenario.PRODUCT, new BenchResult.ScenarioRound(capacity, List.of(), steady)));
    }
}
