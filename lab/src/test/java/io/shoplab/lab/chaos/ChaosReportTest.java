package io.shoplab.lab.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.invariants.Finding;
import io.shoplab.lab.shopapi.Journey;
import io.shoplab.lab.shopapi.RequestRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A made-up campaign of two runs on the microservices (a kill, a latency injection, a violation with its evidence)
 * written to {@code target/sample-chaos-report/}, where it can be opened in a browser, and read back.
 */
class ChaosReportTest {

    private static final Path DIRECTORY = Path.of("target/sample-chaos-report");
    private static final long START = Instant.parse("2025-01-01T10:00:00Z").toEpochMilli();
    private static final String HOSTILE_TEXT = "<script>alert('x')</script> & | piped";

    @BeforeAll
    static void writeTheSampleCampaign() {
        ChaosReport.write(campaign(), DIRECTORY);
    }

    @Test
    void theHtmlHasEverySectionAndOneInlinedTimelinePerRun() throws IOException {
        String html = Files.readString(DIRECTORY.resolve("index.html"));

        assertThat(html)
                .contains(
                        "<h1>Chaos campaign on the microservices, seed 7</h1>",
                        "<h2>Summary</h2>",
                        "<h2>Blast radius</h2>",
                        "<h2>Runs</h2>",
                        "<h3>Run 2 — VIOLATED</h3>",
                        "<h2>Settings in force</h2>",
                        "<th>product page while down</th>",
                        "<td>kill reviews-service</td>",
                        "<td>gateway (property source application.yml, document #0)</td>",
                        "<a href=\"runs/run-01/history.jsonl\">");
        assertThat(html.split("<svg", -1)).hasSize(1 + 2);
        assertThat(html).doesNotContain("<?xml", "http://", "https://");
    }

    @Test
    void theHtmlEscapesWhatTheShopAnswered() throws IOException {
        String html = Files.readString(DIRECTORY.resolve("index.html"));

        assertThat(html)
                .contains(
                        "<pre class=\"failed\">VIOLATED: stock conserved — &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script");
    }

    @Test
    void theMarkdownHasTheSameTablesAndLinksItsCharts() throws IOException {
        String markdown = Files.readString(DIRECTORY.resolve("report.md"));

        assertThat(markdown)
                .contains(
                        "# Chaos campaign on the microservices, seed 7",
                        "## Blast radius",
                        "### Run 2 — VIOLATED",
                        "| killed | kills | browse | product page | review | order |",
                        "![Run 1](charts/run-01.svg)",
                        "    VIOLATED: stock conserved — <script>",
                        "    order 41: 3 reserved, 2 in stock",
                        "History: [runs/run-02/history.jsonl](runs/run-02/history.jsonl)");
        assertThat(DIRECTORY.resolve("charts/run-02.svg"))
                .content()
                .startsWith("<?xml")
                .contains("<svg");
        assertThat(DIRECTORY.resolve("data.json"))
                .content()
                .contains("\"seed\" : 7")
                .doesNotContain("\"records\"");
    }

    private static CampaignResult campaign() {
        ChaosSettings settings =
                new ChaosSettings("microservices", 2, 7, Duration.ofSeconds(20), 16, 20, Duration.ofSeconds(90), true);
        List<ResilienceSettings.Setting> inForce = List.of(
                new ResilienceSettings.Setting(
                        "eureka.client.registry-fetch-interval-seconds",
                        "2",
                        "catalog-service (property source shoplabDefaults:services.properties)"),
                new ResilienceSettings.Setting(
                        "resilience4j.timelimiter.configs.default.timeout-duration",
                        "800ms",
                        "gateway (property source application.yml, document #0)"));
        Map<Journey, JourneyStats> whileDown = Map.of(
                Journey.BROWSE,
                new JourneyStats(40, 40, 0),
                Journey.PRODUCT_PAGE,
                new JourneyStats(30, 30, 12),
                Journey.ORDER,
                new JourneyStats(20, 17, 0));
        BlastRadius reviews = new BlastRadius("reviews-service", 1, whileDown, "1.2 s", "0.8 s", "21.0 s", 0);
        return new CampaignResult(
                settings,
                Instant.ofEpochMilli(START),
                95_000,
                List.of(killRun(whileDown), injectionRun()),
                List.of(reviews),
                inForce);
    }

    private static RunResult killRun(Map<Journey, JourneyStats> whileDown) {
        PlannedFault kill =
                new PlannedFault(1, FaultKind.KILL, "reviews-service", "reviews-service", 0, 0, 3_000, 7_000);
        AppliedFault applied = new AppliedFault(kill, START + 3_050, START + 7_000, START + 28_000, null);
        KillImpact impact =
                new KillImpact(1, 1, "reviews-service", 25_000, whileDown, 1_200L, 800L, 21_000L, List.of());
        return new RunResult(
                1,
                new Schedule(7, 1, 20_000, List.of(kill)),
                START,
                START + 30_000,
                START + 40_000,
                2_500,
                List.of(applied),
                Map.of(
                        Journey.BROWSE,
                        new JourneyStats(200, 200, 0),
                        Journey.PRODUCT_PAGE,
                        new JourneyStats(150, 150, 12)),
                350,
                List.of(impact),
                0,
                List.of(),
                List.of(),
                "runs/run-01/history.jsonl",
                records(START, 30));
    }

    private static RunResult injectionRun() {
        long start = START + 50_000;
        PlannedFault latency =
                new PlannedFault(1, FaultKind.LATENCY, "inventory", "inventory-service", 800, 0, 2_000, 9_000);
        AppliedFault applied = new AppliedFault(latency, start + 2_000, start + 9_000, 0, null);
        Finding violation = new Finding(
                "stock conserved", false, HOSTILE_TEXT, List.of("order 41: 3 reserved, 2 in stock", "order 42: none"));
        return new RunResult(
                2,
                new Schedule(7, 2, 20_000, List.of(latency)),
                start,
                start + 20_000,
                start + 30_000,
                1_000,
                List.of(applied),
                Map.of(Journey.ORDER, new JourneyStats(80, 78, 0)),
                160,
                List.of(),
                2,
                List.of(violation),
                List.of(),
                "runs/run-02/history.jsonl",
                records(start, 20));
    }

    /** Two journeys a second: browse pages that pass, and orders of which every fifth fails. */
    private static List<RequestRecord> records(long start, int seconds) {
        List<RequestRecord> records = new ArrayList<>();
        for (int second = 0; second < seconds; second++) {
            long at = start + second * 1000L;
            records.add(new RequestRecord(
                    at,
                    at + 40,
                    Journey.BROWSE,
                    0,
                    "GET",
                    "/api/products?page=0",
                    null,
                    1,
                    200,
                    null,
                    -1,
                    false,
                    null,
                    null,
                    null));
            records.add(new RequestRecord(
                    at + 100,
                    at + 300,
                    Journey.ORDER,
                    1,
                    "POST",
                    "/api/orders",
                    "chaos-" + second,
                    1,
                    second % 5 == 0 ? 503 : 201,
                    null,
                    -1,
                    false,
                    null,
                    null,
                    null));
        }
        return records;
    }
}
