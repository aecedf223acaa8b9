package io.shoplab.lab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A pause must really freeze the process (and its children), and a resume thaw it. */
class ProcessFreezerTest {

    @Test
    void pausesAndResumesAProcessAndItsChildren() throws IOException {
        Process shell = new ProcessBuilder("sh", "-c", "sleep 60 & wait").start();
        try {
            ProcessRef ref = ProcessRef.of(shell.pid()).orElseThrow();
            awaitChild(shell);

            ProcessFreezer.pause(List.of(ref));
            assertThat(ProcessFreezer.isPaused(List.of(ref))).isTrue();
            assertThat(shell.descendants()).allMatch(child -> ProcFs.system().isStopped(child.pid()));

            ProcessFreezer.resume(List.of(ref));
            assertThat(ProcessFreezer.isPaused(List.of(ref))).isFalse();
            assertThat(shell.descendants()).noneMatch(child -> ProcFs.system().isStopped(child.pid()));
        } finally {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }

    private static void awaitChild(Process shell) {
        for (int i = 0; i < 50 && shell.descendants().findAny().isEmpty(); i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
