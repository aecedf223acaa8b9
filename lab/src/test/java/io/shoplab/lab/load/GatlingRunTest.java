package io.shoplab.lab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatlingRunTest {

    @ParameterizedTest
    @CsvSource({
        "browse, io.shoplab.load.BrowseSimulation",
        "Order, io.shoplab.load.OrderSimulation",
        "BrowseSimulation, io.shoplab.load.BrowseSimulation",
        "com.example.Custom, com.example.Custom"
    })
    void resolvesSimulationNames(String name, String className) {
        assertThat(Simulation.named(name).className()).isEqualTo(className);
    }

    @Test
    void givesTheOptionsAsSettingsWithTheUsersOwnOnTop() {
        GatlingRun run = new GatlingRun(
                Simulation.named("browse"),
                LoadTarget.monolith,
                20,
                Duration.ofMinutes(1),
                Duration.ofSeconds(5),
                Map.of("maxP99Millis", "500", "baseUrl", "http://127.0.0.1:9999"));

        assertThat(run.settings())
                .containsExactly(
                        entry("baseUrl", "http://127.0.0.1:9999"),
                        entry("duration", "60"),
                        entry("maxP99Millis", "500"),
                        entry("ramp", "5"),
                        entry("users", "20"));
    }

    @Test
    void findsTheNewestReportOfTheSimulation(@TempDir Path results) throws IOException {
        Path older = report(results, "browsesimulation-20261124100000000", Instant.parse("2026-11-24T10:00:00Z"));
        Path newer = report(results, "browsesimulation-20261124110000000", Instant.parse("2026-11-24T11:00:00Z"));
        report(results, "ordersimulation-20261124120000000", Instant.parse("2026-11-24T12:00:00Z"));
        GatlingRun run = new GatlingRun(
                Simulation.named("browse"), LoadTarget.monolith, 1, Duration.ZERO, Duration.ZERO, Map.of());

        assertThat(run.newestReport(results)).contains(newer).isNotEqualTo(older);
    }

    private static Path report(Path results, String folder, Instant modified) throws IOException {
        Path index = Files.createDirectories(results.resolve(folder)).resolve("index.html");
        Files.writeString(index, "<html/>");
        Files.setLastModifiedTime(index, FileTime.from(modified));
        return index;
    }
}
