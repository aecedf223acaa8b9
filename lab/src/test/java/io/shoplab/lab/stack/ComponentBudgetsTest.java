package io.shoplab.lab.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.budget.CgroupMount;
import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.budget.LabGroups;
import io.shoplab.lab.process.ProcessRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentBudgetsTest {

    private static final Budget HALF_A_CORE = new Budget(0.5, 768L << 20);

    @TempDir
    Path directory;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void whereBudgetsCannotBeSetItSaysSoOnceAndTheStateKeepsWhy() {
        StateStore store = new StateStore(directory.resolve("lab/state.json"));
        store.save(LabState.empty());
        ComponentBudgets budgets =
                budgets(store, new CgroupMount.Unavailable("budgets need Linux control groups, and this is Mac OS X"));

        assertThat(budgets.groupFor(monolith().withBudget(HALF_A_CORE))).isNull();
        assertThat(budgets.groupFor(postgres().withBudget(HALF_A_CORE))).isNull();

        assertThat(output.toString())
                .isEqualTo("budgets: not applied (budgets need Linux control groups, and this is Mac OS X);"
                        + " the components run without them" + System.lineSeparator());
        assertThat(store.load().whyBudgetsAreAbsent())
                .hasValue("budgets need Linux control groups, and this is Mac OS X");
    }

    @Test
    void withoutABudgetNoControlGroupIsLookedAt() {
        StateStore store = new StateStore(directory.resolve("lab/state.json"));
        ComponentBudgets budgets = budgets(store, new CgroupMount.Unavailable("never asked"));

        assertThat(budgets.groupFor(monolith())).isNull();

        assertThat(output.toString()).isEmpty();
        assertThat(store.load().whyBudgetsAreAbsent()).isEmpty();
    }

    @Test
    void aComponentsGroupIsNamedForItInsideTheLabsGroup() throws IOException {
        Path root = Files.createDirectories(directory.resolve("cgroup"));
        Files.writeString(root.resolve("cgroup.controllers"), "cpu memory\n");
        StateStore store = new StateStore(directory.resolve("lab/state.json"));

        ControlGroup group =
                budgets(store, CgroupMount.detect(root)).groupFor(monolith().withBudget(HALF_A_CORE));

        assertThat(root.relativize(group.cpu()).toString()).matches("shoplab/lab-[0-9a-f]{8}/monolith");
        assertThat(group.cpu().resolve("cpu.max")).hasContent("50000 100000");
    }

    @Test
    void aRunningComponentGoesOntoItsBudgetAndOffItAgainInItsOwnGroup() throws IOException {
        Path root = Files.createDirectories(directory.resolve("cgroup"));
        Files.writeString(root.resolve("cgroup.controllers"), "cpu memory\n");
        StateStore store = new StateStore(directory.resolve("lab/state.json"));
        // A process of its own, childless: the test JVM's descendants (other tests' stacks) would be enrolled too.
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            ProcessRef process = ProcessRef.of(sleeper.pid()).orElseThrow();
            store.save(LabState.empty().with(new RunningComponent(monolith(), process, List.of(), Instant.now())));
            ComponentBudgets budgets = budgets(store, CgroupMount.detect(root));

            budgets.apply(Budgets.everyNode(HALF_A_CORE));
            ControlGroup group = store.load().find("monolith").orElseThrow().controlGroup();
            assertThat(group.cpu().resolve("cpu.max")).hasContent("50000 100000");
            assertThat(group.cpu().resolve("cgroup.procs")).hasContent(Long.toString(process.pid()));

            budgets.apply(Budgets.NONE);
            assertThat(store.load().find("monolith").orElseThrow().controlGroup())
                    .isEqualTo(group);
            assertThat(store.load().find("monolith").orElseThrow().component().budget())
                    .isEqualTo(Budget.NONE);
            assertThat(group.cpu().resolve("cpu.max")).hasContent("max 100000");
            assertThat(output.toString())
                    .isEqualTo("on a budget of 0.5 CPU, 768 MiB now: monolith" + System.lineSeparator()
                            + "on no budget now: monolith" + System.lineSeparator());
        } finally {
            sleeper.destroy();
        }
    }

    @Test
    void aComponentRestartedOffItsBudgetGoesBackIntoItsGroupSoThatDownRemovesIt() throws IOException {
        Path root = Files.createDirectories(directory.resolve("cgroup"));
        Files.writeString(root.resolve("cgroup.controllers"), "cpu memory\n");
        StateStore store = new StateStore(directory.resolve("lab/state.json"));
        ComponentBudgets budgets = budgets(store, CgroupMount.detect(root));
        ControlGroup former = budgets.groupFor(monolith().withBudget(HALF_A_CORE));
        ProcessRef killed = ProcessRef.of(ProcessHandle.current().pid()).orElseThrow();
        store.save(LabState.empty().with(new RunningComponent(monolith(), killed, List.of(), Instant.now(), former)));

        assertThat(budgets.groupFor(monolith())).isEqualTo(former);
        assertThat(former.cpu().resolve("cpu.max")).hasContent("max 100000");
    }

    private ComponentBudgets budgets(StateStore store, CgroupMount mount) {
        return new ComponentBudgets(store, new PrintStream(output, true), new LabGroups(store.labDirectory(), mount));
    }

    private static Component monolith() {
        return new Stacks(new LabLayout(Path.of("/repo")))
                .monolith(StackOptions.defaults())
                .components()
                .get(1);
    }

    private static Component postgres() {
        return new Stacks(new LabLayout(Path.of("/repo")))
                .monolith(StackOptions.defaults())
                .components()
                .get(0);
    }
}
