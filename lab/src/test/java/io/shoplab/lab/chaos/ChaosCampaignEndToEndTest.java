package io.shoplab.lab.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.shoplab.lab.control.LocalStackControl;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.shopapi.Journey;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.LabStack;
import io.shoplab.lab.stack.StateStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real campaign, short: the monolith on free ports with fault injection, two runs of 10 s of load under
 * their seeded faults (kills and restarts included), each healed and checked through the public API and
 * the modules' operations endpoints, then the report. Needs the monolith's jar: run after {@code package}.
 */
class ChaosCampaignEndToEndTest {

    private static final Path ROOT =
            Path.of(System.getProperty("shoplab.home", "..")).toAbsolutePath().normalize();

    @TempDir
    static Path work;

    private static LabStack shop;

    @BeforeAll
    static void startTheMonolith() {
        assumeTrue(
                Files.exists(ROOT.resolve("monolith-api/target/monolith-api.jar")),
                "the monolith's jar is not built: run ./mvnw -B verify from the root");
        shop = LabStack.start(
                new LabStack.Settings(ROOT, "monolith", work.resolve("lab"), true, Duration.ofMinutes(4), System.out));
    }

    @AfterAll
    static void stopIt() {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void twoShortRunsUnderFaultsKeepEveryInvariantAndAreReported() throws Exception {
        StateStore store = new StateStore(shop.layout().stateFile());
        StackControl lab = new LocalStackControl(
                shop.layout(),
                store,
                new ComponentControl(store, new PrintStream(OutputStream.nullOutputStream()), Duration.ofMinutes(3)),
                System.out);
        // Seed 7: run 1 kills the database server, run 2 the monolith itself (and injects faults around them).
        ChaosSettings settings =
                new ChaosSettings("monolith", 2, 7, Duration.ofSeconds(10), 8, 10, Duration.ofSeconds(90), false);
        Path report = work.resolve("report");

        CampaignResult result = new Campaign(lab, shop.stack(), settings, report, System.out).run();

        assertThat(result.violations()).as("invariants").isEmpty();
        assertThat(result.passed()).isTrue();
        assertThat(result.runs()).hasSize(2);
        assertThat(result.faultsByKind().get(FaultKind.KILL)).isEqualTo(2);
        assertThat(result.journeys().get(Journey.ORDER).succeeded()).isPositive();
        assertThat(result.blastRadius())
                .extracting(BlastRadius::component)
                .containsExactlyInAnyOrder("monolith", "postgres");
        List<String> history =
                Files.readAllLines(report.resolve(result.runs().get(1).history()));
        assertThat(history)
                .anyMatch(line -> line.contains("\"type\":\"fault\"") && line.contains("\"event\":\"ready\""))
                .anyMatch(line -> line.contains("\"idempotencyKey\":\"chaos-"));
        assertThat(result.settingsInForce())
                .as("asked from the running monolith")
                .contains(new ResilienceSettings.Setting(
                        "shoplab.orders.placement-timeout",
                        "5s",
                        "monolith (property source application.yml, document #0)"))
                .allSatisfy(setting -> assertThat(setting.source()).startsWith("monolith (property source "));
        assertThat(Files.readString(report.resolve("index.html")))
                .contains("Blast radius", "<svg", "seed 7", "monolith (property source application.yml, document #0)");
        assertThat(report.resolve("report.md")).exists();
        assertThat(lab.running("monolith").isAlive()).as("restarted").isTrue();
    }
}
