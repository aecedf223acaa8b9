package io.shoplab.lab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A pause must really freeze the process (and its children), and a resume thaw it. */
class ProcessFreezerTest {

    @Test
    void pausesAndResumesAProcessAndItsChildren() throws IOException {
        Process shell = new ProcessBuilder("sh", "-c", "sleep 60 & wait").start();
        try {
            ProcessRef ref = ProcessRef.of(shell.pid()).orElseThrow();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> shell.descendants().findAny().isPresent());

            ProcessFreezer.pause(List.of(ref));
            assertThat(ProcessFreezer.isPaused(List.of(ref))).isTrue();
            assertThat(shell.descendants()).allMatch(ProcessFreezerTest::isStopped);

            ProcessFreezer.resume(List.of(ref));
            assertThat(ProcessFreezer.isPaused(List.of(ref))).isFalse();
            assertThat(shell.descendants()).noneMatch(ProcessFreezerTest::isStopped);
        } finally {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }

    private static boolean isStopped(ProcessHandle process) {
        return OsProcesses.system().read(process.pid()).orElseThrow().stopped();
    }
}
