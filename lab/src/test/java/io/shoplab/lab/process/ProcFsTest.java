package io.shoplab.lab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcFsTest {

    private static final String STATUS = """
            Name:\tjava
            State:\tS (sleeping)
            VmPeak:\t 4123456 kB
            VmRSS:\t  204800 kB
            RssAnon:\t  150000 kB
            """;

    @Test
    void readsResidentMemoryFromStatus() {
        assertThat(ProcFs.parseVmRssKib(STATUS)).hasValue(204800);
        assertThat(ProcFs.parseVmRssKib("Name:\tzombie\nState:\tZ (zombie)\n")).isEmpty();
    }

    @Test
    void readsTheStateAfterACommandNameWithParentheses() {
        assertThat(ProcFs.parseState("42 (java) S 1 42 42 0 -1")).isEqualTo('S');
        assertThat(ProcFs.parseState("43 (odd) name) Z 1 43 43 0 -1")).isEqualTo('Z');
    }

    @Test
    void seesThisVeryProcess() {
        long self = ProcessHandle.current().pid();

        assertThat(ProcFs.system().isRunning(self)).isTrue();
        assertThat(ProcFs.system().residentKib(self).orElseThrow()).isGreaterThan(1024);
    }

    @Test
    void takesZombiesAndMissingProcessesForDead(@TempDir Path proc) throws IOException {
        Files.createDirectories(proc.resolve("7"));
        Files.writeString(proc.resolve("7/stat"), "7 (defunct) Z 1 7 7 0 -1");
        ProcFs procFs = new ProcFs(proc);

        assertThat(procFs.isRunning(7)).isFalse();
        assertThat(procFs.isRunning(8)).isFalse();
        assertThat(procFs.residentKib(8)).isEmpty();
    }
}
