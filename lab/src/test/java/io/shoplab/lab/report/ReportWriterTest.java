package io.shoplab.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes the sample report to {@code target/sample-report/} (where it can be opened in a browser) and reads it back. */
class ReportWriterTest {

    private static final Path DIRECTORY = Path.of("target/sample-report");

    @BeforeAll
    static void writeTheSampleReport() {
        ReportWriter.write(SampleReports.sample(), DIRECTORY);
    }

    @Test
    void theHtmlStartsWithTheVerdictTableAndInlinesTheCharts() throws IOException {
        String html = Files.readString(DIRECTORY.resolve("index.html"));

        assertThat(html.indexOf("Verdicts on the article")).isPositive().isLessThan(html.indexOf("<h2>Experiments"));
        assertThat(html)
                .contains(
                        "<th>Claim</th>",
                        "<span class=\"verdict SUPPORTED\">SUPPORTED</span>",
                        "<span class=\"verdict NOT_TESTED\">NOT TESTED</span>",
                        "If one microservice fails");
        // JMustache's HTML escaper escapes "=" too.
        assertThat(html).contains("t&#x3D;20 s kill reviews; t&#x3D;40 s restart reviews");
        // XChart draws text as outlines, so the charts are checked by count: two per experiment and the cost chart.
        assertThat(html.split("<svg", -1)).hasSize(1 + 2 + 2 + 1);
    }

    @Test
    void theHtmlEscapesTextAndIsSelfContained() throws IOException {
        String html = Files.readString(DIRECTORY.resolve("index.html"));

        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
                .contains("Kill &lt;reviews-service&gt; &amp; restart")
                .doesNotContain(
                        "<script",
                        "<link",
                        "<img",
                        "<iframe",
                        "@import",
                        "http://",
                        "https://",
                        "<?xml",
                        "<!DOCTYPE svg");
        assertThat(html).contains("<a href=\"../../load-tests/target/gatling/browse-1/index.html\">");
    }

    @Test
    void theMarkdownHasTheSameTablesAndLinksItsSvgCharts() throws IOException {
        String markdown = Files.readString(DIRECTORY.resolve("report.md"));

        assertThat(markdown)
                .contains(
                        "| Claim | The article says | Verdict | Why | Tested by |",
                        "| Resilience |",
                        "| NOT_TESTED |",
                        "![Kill reviews: answers per second](charts/resilience-kill-reviews-timeline.svg)",
                        "![Cost relative to the monolith](charts/cost.svg)",
                        "&lt;script&gt;",
                        "\\| piped")
                .doesNotContain("<script");
        assertThat(DIRECTORY.resolve("charts/resilience-kill-reviews-timeline.svg"))
                .content()
                .startsWith("<?xml")
                .contains("<svg");
        assertThat(DIRECTORY.resolve("charts/baseline-latency.svg")).exists();
        assertThat(DIRECTORY.resolve("charts/cost.svg")).exists();
    }

    @Test
    void theRawDataIsJsonAndOneCsvPerExperiment() throws IOException {
        JsonNode data = JsonMapper.builder()
                .build()
                .readTree(DIRECTORY.resolve("data.json").toFile());

        assertThat(data.path("experiments").size()).isEqualTo(2);
        assertThat(data.path("experiments")
                        .path(1)
                        .path("stacks")
                        .path(1)
                        .path("timeline")
                        .path("seconds")
                        .size())
                .isEqualTo(60);
        assertThat(data.path("run").path("machine").path("cores").asInt()).isEqualTo(2);
        var csv = Files.readAllLines(DIRECTORY.resolve("timeline-resilience-kill-reviews.csv"));
        assertThat(csv.get(0)).startsWith("stack,second,requests,ok,failed,p50_ms");
        assertThat(csv).hasSize(1 + 2 * 60);
        assertThat(csv.get(1)).startsWith("monolith,0,40,40,0,");
    }

    @Test
    void tracedProductPagesStandSideBySideBeforeTheExperiments(@TempDir Path directory) throws IOException {
        Report sample = SampleReports.sample();
        Report traced = new Report(
                sample.run(),
                sample.verdicts(),
                sample.experiments(),
                sample.cost(),
                List.of(
                        new TracedRequest(
                                "monolith",
                                "GET /api/products/1",
                                "aa",
                                List.of(new TraceSpan("1", null, "monolith-api", "http get", "SERVER", 0, 2_000))),
                        new TracedRequest(
                                "microservices",
                                "GET /api/products/1",
                                "bb",
                                List.of(
                                        new TraceSpan("2", null, "gateway", "http get", "SERVER", 0, 9_000),
                                        new TraceSpan(
                                                "3",
                                                "2",
                                                "catalog-service",
                                                "http get /api/products/{id}",
                                                "SERVER",
                                                1_000,
                                                7_000)))));

        ReportWriter.write(traced, directory);

        String html = Files.readString(directory.resolve("index.html"));
        String section = html.substring(html.indexOf("<div class=\"side-by-side\">"), html.indexOf("<h2>Experiments"));
        assertThat(section.split("<svg", -1)).hasSize(1 + 2);
        assertThat(section.indexOf("monolith: GET /api/products/1"))
                .isLessThan(section.indexOf("microservices: GET /api/products/1"));
        assertThat(html).doesNotContain("http://", "https://");
        assertThat(Files.readString(directory.resolve("report.md")))
                .contains(
                        "![monolith: GET /api/products/1, trace aa](charts/trace-monolith.svg)",
                        "![microservices: GET /api/products/1, trace bb](charts/trace-microservices.svg)");
        assertThat(directory.resolve("charts/trace-microservices.svg"))
                .content()
                .contains("2 spans, 2 processes, 9.0 ms");
        JsonNode data = JsonMapper.builder()
                .build()
                .readTree(directory.resolve("data.json").toFile());
        assertThat(data.path("traces")
                        .path(1)
                        .path("spans")
                        .path(1)
                        .path("parentId")
                        .asString())
                .isEqualTo("2");
    }

    @Test
    void anEarlierReportsTimelinesAndChartsGoButNothingElse(@TempDir Path directory) throws IOException {
        Files.createDirectories(directory.resolve("charts"));
        Files.createDirectories(directory.resolve("chaos-monolith"));
        Files.writeString(directory.resolve("timeline-kill-gateway.csv"), "an earlier run's");
        Files.writeString(directory.resolve("charts/kill-gateway-timeline.svg"), "<svg/>");
        Files.writeString(directory.resolve("chaos-monolith/index.html"), "a campaign's report");

        ReportWriter.write(SampleReports.sample(), directory);

        assertThat(directory.resolve("timeline-kill-gateway.csv")).doesNotExist();
        assertThat(directory.resolve("charts/kill-gateway-timeline.svg")).doesNotExist();
        assertThat(directory.resolve("timeline-baseline.csv")).exists();
        assertThat(directory.resolve("charts/baseline-latency.svg")).exists();
        assertThat(directory.resolve("chaos-monolith/index.html")).hasContent("a campaign's report");
    }
}
