package io.shoplab.lab.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writers on a fake control-group root, laid out as the kernel mounts each version. */
class CgroupMountTest {

    private static final Budget HALF_A_CORE = new Budget(0.5, 768L << 20);
    private static final String GROUP = "shoplab/lab-1a2b3c4d/monolith";

    @TempDir
    Path root;

    @Nested
    class Version1 {

        @Test
        void writesQuotaAndLimitIntoAGroupInEachHierarchy() throws IOException {
            ControlGroup group = mountV1().create(GROUP, HALF_A_CORE);
            group.enrol(4242);

            Path cpu = root.resolve("cpu").resolve(GROUP);
            Path memory = root.resolve("memory").resolve(GROUP);
            assertThat(group).isEqualTo(new ControlGroup(1, cpu, memory));
            assertThat(cpu.resolve("cpu.cfs_period_us")).hasContent("100000");
            assertThat(cpu.resolve("cpu.cfs_quota_us")).hasContent("50000");
            assertThat(memory.resolve("memory.limit_in_bytes")).hasContent("805306368");
            assertThat(cpu.resolve("cgroup.procs")).hasContent("4242");
            assertThat(memory.resolve("cgroup.procs")).hasContent("4242");
        }

        @Test
        void writesUnlimitedForWhatTheBudgetLeavesOpen() throws IOException {
            ControlGroup group = mountV1().create(GROUP, new Budget(0.2, 0));

            assertThat(group.cpu().resolve("cpu.cfs_quota_us")).hasContent("20000");
            assertThat(group.memory().resolve("memory.limit_in_bytes")).hasContent("-1");
        }

        @Test
        void readsThrottlingInNanosecondsAndMemory() throws IOException {
            ControlGroup group = mountV1().create(GROUP, HALF_A_CORE);
            Files.writeString(
                    group.cpu().resolve("cpu.stat"), "nr_periods 120\nnr_throttled 37\nthrottled_time 2500000000\n");
            Files.writeString(group.memory().resolve("memory.usage_in_bytes"), "314572800\n");

            assertThat(group.usage())
                    .isEqualTo(new ControlGroup.GroupUsage(37, Duration.ofMillis(2500), 300L << 20, 768L << 20, false));

            Files.writeString(group.memory().resolve("memory.limit_in_bytes"), "9223372036854771712\n");
            assertThat(group.usage().memoryLimitBytes())
                    .as("the kernel's 'unlimited'")
                    .isZero();
        }

        @Test
        void movesTheCompilerThreadsIntoAGroupBesideItWithoutAQuota() throws IOException {
            ControlGroup group = mountV1().create(GROUP, HALF_A_CORE);
            Files.writeString(group.cpu().resolve("cpu.stat"), "nr_throttled 0\n");
            Files.writeString(group.memory().resolve("memory.usage_in_bytes"), "0\n");

            assertThat(group.moveBeside(List.of(4243L))).isTrue();

            Path beside = root.resolve("cpu").resolve(GROUP + "-compilers");
            assertThat(beside.resolve("tasks")).hasContent("4243");
            assertThat(group.usage().compilersBeside()).isTrue();
            assertThat(group.moveBeside(List.of())).as("no JVM, no compilers").isFalse();
        }

        /** A controller per mount, as /sys/fs/cgroup/cpu and /sys/fs/cgroup/memory. */
        private CgroupMount mountV1() throws IOException {
            Files.createDirectories(root.resolve("cpu"));
            Files.createDirectories(root.resolve("memory"));
            Files.writeString(root.resolve("cpu/cpu.cfs_quota_us"), "-1\n");
            Files.writeString(root.resolve("memory/memory.limit_in_bytes"), "9223372036854771712\n");
            CgroupMount mount = CgroupMount.detect(root);
            assertThat(mount).isInstanceOf(CgroupMount.V1.class);
            return mount;
        }
    }

    @Nested
    class Version2 {

        @Test
        void handsTheControllersDownEachLevelAndWritesQuotaAndLimitIntoTheLeaf() throws IOException {
            Files.writeString(root.resolve("cgroup.controllers"), "cpuset cpu io memory hugetlb pids rdma\n");
            CgroupMount mount = CgroupMount.detect(root);

            ControlGroup group = mount.create(GROUP, HALF_A_CORE);
            group.enrol(4242);

            Path leaf = root.resolve(GROUP);
            assertThat(group).isEqualTo(new ControlGroup(2, leaf, leaf));
            for (Path level : new Path[] {root, root.resolve("shoplab"), root.resolve("shoplab/lab-1a2b3c4d")}) {
                assertThat(level.resolve("cgroup.subtree_control")).hasContent("+cpu +memory");
            }
            assertThat(leaf.resolve("cgroup.subtree_control"))
                    .as("a group with processes hands nothing down")
                    .doesNotExist();
            assertThat(leaf.resolve("cpu.max")).hasContent("50000 100000");
            assertThat(leaf.resolve("memory.max")).hasContent("805306368");
            assertThat(leaf.resolve("cgroup.procs")).hasContent("4242");
        }

        @Test
        void writesMaxForWhatTheBudgetLeavesOpen() throws IOException {
            Files.writeString(root.resolve("cgroup.controllers"), "cpu memory\n");

            ControlGroup group = CgroupMount.detect(root).create(GROUP, new Budget(0, 512L << 20));

            assertThat(group.cpu().resolve("cpu.max")).hasContent("max 100000");
        }

        @Test
        void readsThrottlingInMicrosecondsAndMemory() throws IOException {
            Files.writeString(root.resolve("cgroup.controllers"), "cpu memory\n");
            ControlGroup group = CgroupMount.detect(root).create(GROUP, HALF_A_CORE);
            Files.writeString(
                    group.cpu().resolve("cpu.stat"),
                    "usage_usec 9000000\nuser_usec 8000000\nsystem_usec 1000000\nnr_periods 90\nnr_throttled 12\nthrottled_usec 750000\n");
            Files.writeString(group.memory().resolve("memory.current"), "104857600\n");

            assertThat(group.usage())
                    .isEqualTo(new ControlGroup.GroupUsage(12, Duration.ofMillis(750), 100L << 20, 768L << 20, false));

            Files.writeString(group.memory().resolve("memory.max"), "max\n");
            assertThat(group.usage().memoryLimitBytes()).isZero();
        }

        @Test
        void leavesTheCompilerThreadsInsideTheQuota() throws IOException {
            Files.writeString(root.resolve("cgroup.controllers"), "cpu memory\n");
            ControlGroup group = CgroupMount.detect(root).create(GROUP, HALF_A_CORE);

            assertThat(group.moveBeside(List.of(4243L)))
                    .as("v2 moves single threads only within a threaded subtree, under the same quota")
                    .isFalse();
            assertThat(root.resolve(GROUP + "-compilers")).doesNotExist();
        }

        @Test
        void withoutTheMemoryControllerEveryAttemptFailsWithTheReason() throws IOException {
            Files.writeString(root.resolve("cgroup.controllers"), "hugetlb\n");

            CgroupMount mount = CgroupMount.detect(root);

            assertThat(mount).isInstanceOf(CgroupMount.Unavailable.class);
            assertThatThrownBy(() -> mount.create(GROUP, HALF_A_CORE))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("offers no cpu or memory controller");
            assertThat(root.resolve("shoplab")).doesNotExist();
        }
    }

    @Test
    void withoutControlGroupsThereAreNoBudgetsAndTheReasonSaysWhere() {
        CgroupMount mount = CgroupMount.detect(root);

        assertThat(mount.describe()).isEqualTo("no control groups with the cpu and memory controllers at " + root);
    }

    @Test
    void eachLabDirectoryHasAGroupOfItsOwn() {
        String cli = new LabGroups(Path.of("/repo/target/lab"), null).labGroup();
        String chaos = new LabGroups(Path.of("/repo/target/lab-chaos"), null).labGroup();
        String elsewhere = new LabGroups(Path.of("/other/target/lab"), null).labGroup();

        assertThat(cli).startsWith("shoplab/lab-").isNotEqualTo(elsewhere);
        assertThat(chaos).startsWith("shoplab/lab-chaos-");
    }
}
