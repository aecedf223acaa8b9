package io.shoplab.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample report with kill-reviews run three times ({@code target/sample-report-repeated/}, to open in a
 * browser), and the sample run once, which must show no trace of repeats.
 */
class RepeatedReportWriterTest {

    private static final Path DIRECTORY = Path.of("target/sample-report-repeated");

    @TempDir
    static Path once;

    @BeforeAll
    static void writeBothReports() {
        ReportWriter.write(SampleReports.repeated(), DIRECTORY);
        ReportWriter.write(SampleReports.sample(), once);
    }

    @Test
    void theMarkdownHasTheSpreadTableAndTheUnstableVerdict() throws IOException {
        String markdown = Files.readString(DIRECTORY.resolve("report.md"));

        assertThat(markdown)
                .contains("Measured in 3 runs back to back. The charts, the tables above the spread")
                .contains("**Spread over 3 runs**\n\n| min / median / max | monolith | microservices |\n")
                .contains("| throughput (req/s) | 40 / 44 / 48 | 40 / 44 / 48 |")
                .contains("| invariants, all runs | 3 of 3 held | 3 of 6 held |")
                .contains("- **BROKEN:** run 2, microservices: no half-done order — &lt;script&gt;");
        assertThat(markdown).containsPattern("\\| time to recover \\(s\\) \\| \\d+ / \\d+(\\.5)? / \\d+ \\|");
        // In the experiment's section and in the verdict table at the top.
        assertThat(markdown.split(
                        "Unstable: supported in 2 of 3 runs, contradicted in 1\\. First run: Microservices answered",
                        -1))
                .hasSize(3);
        assertThat(markdown).doesNotContain("<script");
    }

    @Test
    void theHtmlHasTheSameSpreadAndDrawsOnlyTheFirstRun() throws IOException {
        String html = Files.readString(DIRECTORY.resolve("index.html"));

        assertThat(html)
                .contains("<p><b>Spread over 3 runs</b></p>\n<table>\n<tr><th>min / median / max</th><th>monolith</th>")
                .contains("<td>throughput (req/s)</td><td class=\"number\">40 / 44 / 48</td>")
                .contains("<span class=\"verdict SUPPORTED\">SUPPORTED</span> Unstable: supported in 2 of 3 runs")
                .contains("BROKEN: run 3, microservices: no half-done order — &lt;script&gt;");
        // Two charts per experiment and the cost chart, as for a single run.
        assertThat(html.split("<svg", -1)).hasSize(1 + 2 + 2 + 1);
    }

    @Test
    void theDataHasEveryRun() throws IOException {
        JsonNode killReviews = JsonMapper.builder()
                .build()
                .readTree(DIRECTORY.resolve("data.json").toFile())
                .path("experiments")
                .path(1);

        assertThat(killReviews.path("repeats").size()).isEqualTo(3);
        assertThat(killReviews
                        .path("repeats")
                        .path(2)
                        .path("stacks")
                        .path(0)
                        .path("summary")
                        .path("total")
                        .path("count")
                        .asInt())
                .isEqualTo(48 * 60);
        assertThat(killReviews
                        .path("repeats")
                        .path(2)
                        .path("verdicts")
                        .path(0)
                        .path("verdict")
                        .asString())
                .isEqualTo("CONTRADICTED");
        assertThat(killReviews.path("repeats").path(2).has("repeats")).isFalse();
    }

    @Test
    void aSingleRunShowsNoSpread() throws IOException {
        assertThat(once.resolve("report.md"))
                .content()
                .doesNotContain("Spread over", "Unstable", "Measured in", "First run");
        assertThat(once.resolve("index.html"))
                .content()
                .doesNotContain("Spread over", "Unstable", "min / median / max");
        assertThat(once.resolve("data.json")).content().doesNotContain("\"repeats\"");
    }
}
