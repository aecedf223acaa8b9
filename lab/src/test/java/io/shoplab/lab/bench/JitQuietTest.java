package io.shoplab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.process.OsProcesses;
import org.junit.jupiter.api.Test;

class JitQuietTest {

    private final Map<Long, Double> compilerSeconds = new HashMap<>(Map.of(1L, 10.0, 2L, 20.0));
    private final JitQuiet quiet = new JitQuiet(compilerSeconds::get, List.of(1L, 2L));

    @Test
    void quietWhenNoCompilerWorkedSinceLastAsked() {
        assertThat(quiet.getAsBoolean()).isTrue();
    }

    @Test
    void notQuietWhileOneJvmStillCompiles() {
        compilerSeconds.put(2L, 25.0);

        assertThat(quiet.getAsBoolean()).isFalse();
    }

    @Test
    void eachAnswerCountsFromTheLastQuestion() {
        compilerSeconds.put(1L, 15.0);
        assertThat(quiet.getAsBoolean()).isFalse();

        assertThat(quiet.getAsBoolean()).isTrue();
    }

    @Test
    void refusesToWatchNoProcessAtAll() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JitQuiet(compilerSeconds::get, List.of()));
    }

    @Test
    void readsTheCompilerThreadsOfARunningJvm() {
        long self = ProcessHandle.current().pid();

        assertThat(OsProcesses.system().threadsCpuSeconds(self, JitQuiet.COMPILER_THREADS))
                .as("this test JVM's JIT has compiled something by now")
                .isPositive();
        assertThat(OsProcesses.system().threadsCpuSeconds(self, List.of("no such thread")))
                .isZero();
    }
}
