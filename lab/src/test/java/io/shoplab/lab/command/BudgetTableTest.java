package io.shoplab.lab.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.process.ProcessRef;
import io.shoplab.lab.stack.Component;
import io.shoplab.lab.stack.LabState;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.StackOptions;
import io.shoplab.lab.stack.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status}'s budget table, read from fake cgroup v1 groups. */
class BudgetTableTest {

    private static final Budget TENTH_OF_A_CORE = new Budget(0.1, 768L << 20);

    @TempDir
    Path root;

    @Test
    void showsEachPartsThrottlingMemoryAndWhereItsCompilersWork() throws IOException {
        LabState state =
                LabState.empty().with(budgeted("monolith", 100, true)).with(budgeted("monolith-2", 200, false));

        String table = print(state);

        assertThat(table)
                .containsPattern("monolith +0.1 CPU, 768 MiB +7 +1.5 s +300 +768  beside")
                .containsPattern("monolith-2 +0.1 CPU, 768 MiB +7 +1.5 s +300 +768  inside")
                .contains("JIT: whether its JVM's JIT compilers work beside the quota");
    }

    @Test
    void saysHowToSetBudgetsWhereNoneAre() {
        assertThat(print(LabState.empty())).contains("budgets: none (up --node-cpus");
    }

    private RunningComponent budgeted(String name, long pid, boolean compilersBeside) throws IOException {
        Path cpu = Files.createDirectories(root.resolve("cpu").resolve(name));
        Path memory = Files.createDirectories(root.resolve("memory").resolve(name));
        Files.writeString(cpu.resolve("cpu.stat"), "nr_periods 10\nnr_throttled 7\nthrottled_time 1500000000\n");
        Files.writeString(memory.resolve("memory.usage_in_bytes"), String.valueOf(300L << 20));
        Files.writeString(memory.resolve("memory.limit_in_bytes"), String.valueOf(768L << 20));
        if (compilersBeside) {
            Path beside = Files.createDirectories(root.resolve("cpu").resolve(name + "-compilers"));
            Files.writeString(beside.resolve("tasks"), (pid + 1) + "\n");
        }
        Component monolith = new Stacks(new LabLayout(root))
                .monolith(StackOptions.defaults())
                .components()
                .get(1);
        Component component = new Component(
                        name,
                        List.of(),
                        monolith.port(),
                        monolith.launch(),
                        monolith.healthTarget(),
                        null,
                        List.of(),
                        monolith.app(),
                        null,
                        Budget.NONE)
                .withBudget(TENTH_OF_A_CORE);
        return new RunningComponent(
                component,
                new ProcessRef(pid, Instant.now()),
                List.of(),
                Instant.now(),
                new ControlGroup(1, cpu, memory));
    }

    private static String print(LabState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BudgetTable.print(state, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
