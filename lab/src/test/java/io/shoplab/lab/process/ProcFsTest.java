package io.shoplab.lab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ProcFsTest {

    @Test
    void readsProportionalMemoryAndControlGroupsAndNothingOfAMissingProcess(@TempDir Path proc) throws IOException {
        Files.createDirectories(proc.resolve("7"));
        Files.writeString(
                proc.resolve("7/smaps_rollup"), "Rss:\t  204800 kB\nPss:\t  102400 kB\nPss_Anon:\t 90000 kB\n");
        Files.writeString(proc.resolve("7/cgroup"), "0::/user.slice/session-1.scope\n");
        ProcFs procFs = new ProcFs(proc);

        assertThat(procFs.proportionalKib(7)).hasValue(102400);
        assertThat(procFs.controlGroups(7))
                .hasValueSatisfying(groups -> assertThat(groups).contains("session-1.scope"));
        assertThat(procFs.proportionalKib(8)).isEmpty();
        assertThat(procFs.controlGroups(8)).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void seesThisVeryProcessOnLinux() {
        long self = ProcessHandle.current().pid();

        assertThat(ProcFs.system().proportionalKib(self).orElseThrow()).isGreaterThan(1024);
        assertThat(ProcFs.system().controlGroups(self)).isPresent();
    }
}
