package io.shoplab.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scale-catalog}'s capacities in the report: a table with the spread over runs and efficiencies, and one chart. */
class CapacityReportTest {

    @Test
    void theCapacityTableShowsEachConfigurationsSpreadEfficiencyAndKneeAndAChart(@TempDir Path directory)
            throws IOException {
        ExperimentResult scaling = ExperimentResult.ofRuns(List.of(run(300, 540), run(320, 500), run(280, 560)));
        Report report = new Report(
                new RunInfo(
                        Instant.parse("2026-12-05T10:00:00Z"),
                        new Machine(2, 7936, "25", "Linux"),
                        Platform.LOCAL.description(),
                        Map.of()),
                List.of(),
                List.of(scaling),
                List.of(),
                List.of());

        ReportWriter.write(report, directory);

        String markdown = Files.readString(directory.resolve("report.md"));
        assertThat(markdown)
                .contains("| configuration | capacity (req/s, min / median / max) | scaling efficiency |")
                .contains("| microservices: 1 catalog-service, 1 gateway, catalog listing | 280 / 300 / 320 | – |")
                .contains("| microservices: 2 catalog-services, 1 gateway, catalog listing | 500 / 540 / 560 | 0.90 |")
                .contains("catalog-service at 97 % of its 0.2-CPU quota");
        assertThat(Files.readString(directory.resolve("index.html")))
                .contains("<figure aria-label=\"Scalability: capacity against");
        assertThat(directory.resolve("charts/scale-catalog-capacity.svg"))
                .content()
                .startsWith("<?xml")
                .contains("<svg");
    }

    private static ExperimentResult run(double oneCatalog, double twoCatalogs) {
        List<CapacityPoint> points = List.of(
                new CapacityPoint(
                        "monolith",
                        "1 monolith",
                        "catalog listing",
                        1,
                        0,
                        0.2,
                        1.2,
                        450,
                        700,
                        "monolith at 99 % of its 0.2-CPU quota",
                        false),
                new CapacityPoint(
                        "microservices",
                        "1 catalog-service, 1 gateway",
                        "catalog listing",
                        1,
                        1,
                        0.2,
                        2.6,
                        oneCatalog,
                        2300,
                        "catalog-service at 97 % of its 0.2-CPU quota",
                        false),
                new CapacityPoint(
                        "microservices",
                        "2 catalog-services, 1 gateway",
                        "catalog listing",
                        2,
                        1,
                        0.2,
                        2.8,
                        twoCatalogs,
                        2600,
                        "gateway at 95 % of its 0.2-CPU quota",
                        false));
        return new ExperimentResult(
                "scale-catalog",
                "Scalability",
                "Each part on a node.",
                LoadModel.OPEN,
                List.of(),
                List.of(),
                List.of(new ClaimVerdict(Claim.SCALABILITY, Verdict.SUPPORTED, "measured")),
                List.of(),
                points);
    }
}
