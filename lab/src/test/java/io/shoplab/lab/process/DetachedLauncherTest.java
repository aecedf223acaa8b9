package io.shoplab.lab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class DetachedLauncherTest {

    @TempDir
    Path directory;

    @Test
    void startsTheProgramItselfLoggingToItsFileAndKnowsItByItsStartTime() throws IOException {
        ProcessRef sleep = launchSleep();
        try {
            assertThat(sleep.isAlive()).isTrue();
            assertThat(sleep.startedAt()).isNotNull();
            // setsid execs the program in its own process, so the PID soon names the program itself.
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () -> OsProcesses.system().read(sleep.pid()).map(ProcessReading::name),
                            Optional.of("sleep")::equals);
            assertThat(Files.readString(directory.resolve("sleep.log"))).contains("starting: sleep 60");
        } finally {
            ProcessStopper.kill(List.of(sleep));
        }
        assertThat(sleep.isAlive()).isFalse();
    }

    /** setsid (util-linux) is there on Linux: the process leads a session and a process group of its own. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void leavesTheLabsProcessGroupOnLinux() throws IOException, InterruptedException {
        ProcessRef sleep = launchSleep();
        try {
            assertThat(processGroupOf(sleep.pid()))
                    .isEqualTo(sleep.pid())
                    .isNotEqualTo(processGroupOf(ProcessHandle.current().pid()));
        } finally {
            ProcessStopper.kill(List.of(sleep));
        }
    }

    private ProcessRef launchSleep() {
        return DetachedLauncher.launch(
                new LaunchSpec(List.of("sleep", "60"), Map.of(), directory, directory.resolve("sleep.log"), List.of()));
    }

    private static long processGroupOf(long pid) throws IOException, InterruptedException {
        Process ps = new ProcessBuilder("ps", "-o", "pgid=", "-p", Long.toString(pid)).start();
        String group = new String(ps.getInputStream().readAllBytes()).strip();
        assertThat(ps.waitFor()).isZero();
        return Long.parseLong(group);
    }
}
