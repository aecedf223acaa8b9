package io.shoplab.lab.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.shoplab.lab.process.OsProcesses;
import io.shoplab.lab.process.ProcessReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The budget is really enforced, not only written down: a busy loop on a fifth of a core gets no more than that,
 * and the kernel says it held it back. Skipped, with the reason, where this machine gives no control groups.
 */
class BudgetEnforcementTest {

    private static final Budget FIFTH_OF_A_CORE = new Budget(0.2, 64L << 20);
    /** About three seconds' worth of 100-ms periods, each cut short by the quota. */
    private static final long THROTTLED_PERIODS = 30;

    @TempDir
    Path labDirectory;

    @Test
    void aBusyProcessOnAFifthOfACoreUsesNoMoreThanThat() throws Exception {
        CgroupMount mount = CgroupMount.system();
        assumeFalse(mount instanceof CgroupMount.Unavailable, () -> "no budgets on this machine: " + mount.describe());
        ControlGroup group = LabGroups.of(labDirectory).create("busy", FIFTH_OF_A_CORE);
        // A loop that ends by itself after a minute, should this JVM die before it stops it.
        Process busy = new ProcessBuilder("bash", "-c", "while (( SECONDS < 60 )); do :; done").start();
        try {
            group.enrol(busy.pid());
            Instant from = Instant.now();
            double cpuBefore = cpuSeconds(busy.pid());

            await().atMost(Duration.ofSeconds(30)).until(() -> group.usage().throttledPeriods() >= THROTTLED_PERIODS);

            double cores = (cpuSeconds(busy.pid()) - cpuBefore)
                    / (Duration.between(from, Instant.now()).toMillis() / 1000.0);
            assertThat(cores)
                    .as("cores the busy loop used on its budget of 0.2")
                    .isLessThanOrEqualTo(0.25);
            assertThat(group.usage().memoryLimitBytes()).isEqualTo(64L << 20);
        } finally {
            busy.destroyForcibly().waitFor();
            group.remove();
        }
        assertThat(group.cpu()).doesNotExist();
        assertThat(group.memory()).doesNotExist();
        assertThat(group.cpu().getParent())
                .as("the lab's group, its last component gone")
                .doesNotExist();
    }

    @Test
    void aThreadMovedBesideTheBudgetIsNotHeldToIt() throws Exception {
        CgroupMount mount = CgroupMount.system();
        assumeTrue(mount instanceof CgroupMount.V1, () -> "single threads move out of a quota on cgroup v1 only");
        ControlGroup group = LabGroups.of(labDirectory).create("busy", FIFTH_OF_A_CORE);
        Process busy = new ProcessBuilder("bash", "-c", "while (( SECONDS < 60 )); do :; done").start();
        try {
            group.enrol(busy.pid());
            // bash has one thread, whose id is its PID: it stands for a JVM's compiler thread
            assertThat(group.moveBeside(List.of(busy.pid()))).isTrue();
            double cpuBefore = cpuSeconds(busy.pid());

            // a second of CPU within four: on the quota of 0.2 it could have had 0.8 at most
            await().atMost(Duration.ofSeconds(4)).until(() -> cpuSeconds(busy.pid()) - cpuBefore >= 1);
            assertThat(group.usage().compilersBeside()).isTrue();
        } finally {
            busy.destroyForcibly().waitFor();
            group.remove();
        }
        assertThat(group.compilers()).doesNotExist();
        assertThat(group.cpu().getParent()).doesNotExist();
    }

    private static double cpuSeconds(long pid) {
        return OsProcesses.system().read(pid).map(ProcessReading::cpuSeconds).orElseThrow();
    }
}
