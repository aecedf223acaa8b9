package io.shoplab.lab.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.shoplab.lab.process.OsProcesses;
import io.shoplab.lab.process.ProcessReading;
import org.junit.jupiter.api.Test;

/** A tree counts what its descendants use, as PostgreSQL's postmaster does not count its backends' work. */
class ProcessTreeTest {

    @Test
    void theCpuOfABusyGrandchildCountsForTheTree() throws Exception {
        // A shell whose subshell runs a busy loop (ending by itself after 30 s) while the shell only waits.
        Process shell = new ProcessBuilder("bash", "-c", "( while (( SECONDS < 30 )); do :; done ) & wait").start();
        try {
            ProcessTree tree = new ProcessTree(shell.pid());

            await().atMost(Duration.ofSeconds(20)).until(() -> tree.cpuSeconds() > 0.5);

            double shellAlone = OsProcesses.system()
                    .read(shell.pid())
                    .map(ProcessReading::cpuSeconds)
                    .orElseThrow();
            assertThat(shellAlone).as("the waiting shell's own CPU").isLessThan(0.5);
            assertThat(tree.memoryMib()).isPositive();
        } finally {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly().waitFor();
        }
    }

    @Test
    void theCpuOfAnEndedChildStaysWithTheTree() throws Exception {
        // A child busy for two seconds by its own clock (a subshell inherits the shell's SECONDS), reaped by the
        // shell, which then waits: as a PostgreSQL backend ends
        Process shell = new ProcessBuilder(
                        "bash", "-c", "( SECONDS=0; while (( SECONDS < 2 )); do :; done ); sleep 30; true")
                .start();
        try {
            ProcessTree tree = new ProcessTree(shell.pid());
            await().atMost(Duration.ofSeconds(20)).until(() -> onlySleeping(shell));

            assertThat(tree.cpuSeconds()).as("the ended child's busy seconds").isGreaterThan(0.3);
        } finally {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly().waitFor();
        }
    }

    /** The busy child has ended and been reaped: all that is left under the shell is its sleep. */
    private static boolean onlySleeping(Process shell) {
        List<ProcessHandle> children = shell.descendants().toList();
        return !children.isEmpty()
                && children.stream()
                        .allMatch(child -> child.info().command().orElse("").endsWith("sleep"));
    }
}
