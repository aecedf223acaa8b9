package io.shoplab.lab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.shoplab.lab.bench.ServiceLevel;
import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.process.OsProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KneeWatchTest {

    /** Parts without budgets: idle is under 0.3 of a core. */
    private static final StackControl UNBUDGETED = (StackControl) Proxy.newProxyInstance(
            StackControl.class.getClassLoader(),
            new Class<?>[] {StackControl.class},
            (proxy, method, arguments) -> switch (method.getName()) {
                case "budget" -> Budget.NONE;
                case "budgetUsage" -> Optional.empty();
                default -> throw new UnsupportedOperationException(method.getName());
            });

    /** Parts on a node of one core each. */
    private static final StackControl ON_ONE_CORE = (StackControl) Proxy.newProxyInstance(
            StackControl.class.getClassLoader(),
            new Class<?>[] {StackControl.class},
            (proxy, method, arguments) -> switch (method.getName()) {
                case "budget" -> new Budget(1, Budget.parseMemory("512m"));
                case "budgetUsage" -> Optional.empty();
                default -> throw new UnsupportedOperationException(method.getName());
            });

    /** Parts on a tenth of a core each, their JIT compilers beside the quota. */
    private static final StackControl COMPILERS_BESIDE_A_TENTH = (StackControl) Proxy.newProxyInstance(
            StackControl.class.getClassLoader(),
            new Class<?>[] {StackControl.class},
            (proxy, method, arguments) -> switch (method.getName()) {
                case "budget" -> new Budget(0.1, Budget.parseMemory("512m"));
                case "budgetUsage" -> Optional.of(new ControlGroup.GroupUsage(0, Duration.ZERO, 0, 0, true));
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private Process part;

    @AfterEach
    void stopThePart() {
        if (part != null) {
            part.destroyForcibly();
        }
    }

    @Test
    void aPartStillWorkingOffABacklogIsNotIdle() throws IOException {
        part = new ProcessBuilder("sh", "-c", "while :; do :; done").start();

        assertThat(new KneeWatch(UNBUDGETED, Map.of("catalog-service", part.pid())).awaitIdle(Duration.ofSeconds(3)))
                .isFalse();
    }

    @Test
    void theKneeSaysWhatThePartsJitCompilersUsed(@TempDir Path folder) throws IOException {
        Path sleeper = Files.writeString(
                folder.resolve("Sleeper.java"),
                "class Sleeper { public static void main(String[] a) throws Exception { Thread.sleep(60_000); } }");
        // -Xcomp compiles every method before its first call: the source launcher's javac keeps the compilers busy
        part = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xcomp",
                        sleeper.toString())
                .start();
        KneeWatch watch = new KneeWatch(ON_ONE_CORE, Map.of("catalog-service", part.pid()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> OsProcesses.system().jitCompilerCpuSeconds(part.pid()) > 0.3);

        watch.judged(new ServiceLevel.Step(100, 500, 500, 0, 30, 900, "p99 900 ms over 500 ms"), 0);

        assertThat(watch.knee().description())
                .containsPattern("catalog-service at \\d+ % of its 1-CPU quota \\(its JIT compilers [1-9]\\d* %\\)");
    }

    @Test
    void readsEachPartsCpuAndItsCompilersBackToBack() {
        // Part 1 compiles, a microsecond of CPU a reading, only while part 2 is being read as the watch starts. Read
        // apart (every part's compilers, then every part's CPU), that burst counted in part 1's compilers and not in
        // its CPU, and part 1 came out below zero, in either order of the parts.
        long compiling = 1;
        long idle = 2;
        double[] compiled = {0};
        boolean[] starting = {true};
        ToDoubleFunction<Long> read = pid -> {
            if (pid == idle) {
                compiled[0] += starting[0] ? 1e-6 : 0;
                return 0;
            }
            return compiled[0];
        };
        KneeWatch watch = new KneeWatch(
                COMPILERS_BESIDE_A_TENTH, Map.of("catalog-service", compiling, "orders-service", idle), read, read);
        starting[0] = false;

        watch.judged(new ServiceLevel.Step(100, 500, 500, 0, 30, 900, "p99 900 ms over 500 ms"), 0);

        assertThat(watch.knee().description()).contains("catalog-service").doesNotContainPattern("-\\d");
    }

    @Test
    void watchingNoPartIsAMistake() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KneeWatch(UNBUDGETED, Map.of()));
    }

    @Test
    void aPartAtRestIsIdle() throws IOException {
        part = new ProcessBuilder("sleep", "30").start();

        assertThat(new KneeWatch(UNBUDGETED, Map.of("catalog-service", part.pid())).awaitIdle(Duration.ofSeconds(10)))
                .isTrue();
    }
}
