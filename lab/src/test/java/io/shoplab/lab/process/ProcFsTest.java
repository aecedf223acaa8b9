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
    void readsTheCpuOfReapedChildrenAfterACommandNameWithSpaces(@TempDir Path proc) throws IOException {
        Files.createDirectories(proc.resolve("9"));
        // proc(5): pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime
        // cstime
        Files.writeString(
                proc.resolve("9/stat"), "9 (post master (x)) S 1 9 9 0 -1 4194560 10 20 0 0 500 100 250 50 20 0 1\n");

        assertThat(new ProcFs(proc).reapedChildrenCpuSeconds(9)).isEqualTo(3.0);
        assertThat(new ProcFs(proc).reapedChildrenCpuSeconds(10)).isZero();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void seesThisVeryProcessOnLinux() {
        long self = ProcessHandle.current().pid();

        assertThat(ProcFs.system().proportionalKib(self).orElseThrow()).isGreaterThan(1024);
        assertThat(ProcFs.system().controlGroups(self)).isPresent();
    }
}
