package io.shoplab.lab.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcCpuTest {

    /** Fields 14 and 15 (utime, stime) are 250 and 50 ticks; the name holds ") " to mislead a naive split. */
    private static final String STAT = "42 (my) odd name) S 1 42 42 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 30 0 1000 0 0";

    @Test
    void addsUserAndSystemTicks() {
        assertThat(ProcCpu.parseTicks(STAT)).isEqualTo(300);
        assertThat(ProcCpu.parseTicks("43 (zombie) Z 1 43 43 0 -1 0 0 0 0 0 9 9 0 0")).isEqualTo(-1);
    }

    @Test
    void convertsTicksToSecondsAndTakesMissingProcessesForGone(@TempDir Path proc) throws IOException {
        Files.createDirectories(proc.resolve("42"));
        Files.writeString(proc.resolve("42/stat"), STAT);
        ProcCpu cpu = new ProcCpu(proc, 100);

        assertThat(cpu.cpuSeconds(42)).hasValue(3.0);
        assertThat(cpu.cpuSeconds(43)).isEmpty();
    }

    @Test
    void readsTheRealClockTicks() {
        assertThat(ProcCpu.system().cpuSeconds(ProcessHandle.current().pid()).orElseThrow()).isPositive();
    }
}
