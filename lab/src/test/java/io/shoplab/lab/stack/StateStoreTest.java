package io.shoplab.lab.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.process.LaunchSpec;
import io.shoplab.lab.process.ProcessRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {

    @TempDir
    Path directory;

    @Test
    void aMissingFileIsAnEmptyLab() {
        assertThat(new StateStore(directory.resolve("state.json")).load().components())
                .isEmpty();
    }

    @Test
    void roundTripsEverythingNeededToStartAgain() throws Exception {
        StateStore store = new StateStore(directory.resolve("lab/state.json"));
        LabState state = LabState.empty().with(postgres(100)).with(monolith(200));

        store.save(state);

        assertThat(store.load()).isEqualTo(state);
        String json = Files.readString(directory.resolve("lab/state.json"));
        assertThat(json)
                .contains("\"logFile\" : \"/repo/target/lab/logs/monolith.log\"")
                .contains("\"service\" : \"monolith\"")
                .doesNotContain("alive");
    }

    @Test
    void keepsWhyBudgetsAreAbsentUntilTheLastComponentLeaves() {
        StateStore store = new StateStore(directory.resolve("state.json"));
        store.save(LabState.empty().with(postgres(100)).with(monolith(200)).withBudgetsUnavailable("not root"));

        LabState loaded = store.load();

        assertThat(loaded.whyBudgetsAreAbsent()).hasValue("not root");
        assertThat(loaded.without("monolith").whyBudgetsAreAbsent()).hasValue("not root");
        assertThat(loaded.without("monolith").without("postgres").whyBudgetsAreAbsent())
                .isEmpty();
    }

    @Test
    void replacesAComponentInPlaceAndFindsItByAlias() {
        LabState state =
                LabState.empty().with(postgres(100)).with(monolith(200)).with(postgres(300));

        assertThat(state.components()).extracting(RunningComponent::name).containsExactly("postgres", "monolith");
        assertThat(state.find("database").orElseThrow().process().pid()).isEqualTo(300);
        assertThat(state.without("postgres").find("database")).isEmpty();
    }

    private static RunningComponent postgres(long pid) {
        LaunchSpec launch = new LaunchSpec(
                List.of("java", "-cp", "lab.jar", "PostgresServer"),
                Map.of(),
                Path.of("/repo"),
                Path.of("/repo/target/lab/logs/postgres.log"),
                List.of());
        Component component = new Component(
                "postgres",
                List.of("database"),
                15432,
                launch,
                "jdbc:postgresql://127.0.0.1:15432/payments",
                Path.of("/repo/target/lab/postgres-data/postmaster.pid"),
                List.of(),
                null,
                null,
                new Budget(0.5, 768L << 20));
        return new RunningComponent(
                component,
                new ProcessRef(pid, Instant.parse("2026-11-24T10:00:00Z")),
                List.of(new ProcessRef(pid + 1, null)),
                Instant.parse("2026-11-24T10:00:01Z"),
                new ControlGroup(
                        1,
                        Path.of("/sys/fs/cgroup/cpu/shoplab/lab-1/postgres"),
                        Path.of("/sys/fs/cgroup/memory/shoplab/lab-1/postgres")));
    }

    /** As the lab defines it, with the app kept for `scale`. */
    private static RunningComponent monolith(long pid) {
        Component component = new Stacks(new LabLayout(Path.of("/repo")))
                .monolith(StackOptions.defaults())
                .components()
                .get(1);
        return new RunningComponent(
                component,
                new ProcessRef(pid, Instant.parse("2026-11-24T10:01:00Z")),
                List.of(),
                Instant.parse("2026-11-24T10:01:00Z"));
    }
}
