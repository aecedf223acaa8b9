package io.shoplab.lab.budget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The control groups this machine offers for budgets: cgroup v1 (a hierarchy per controller, {@code cpu/} and
 * {@code memory/}), cgroup v2 (one unified hierarchy), or none, with the reason.
 */
public sealed interface CgroupMount {

    Path SYSTEM_ROOT = Path.of("/sys/fs/cgroup");
    List<String> CONTROLLERS = List.of("cpu", "memory");

    /**
     * Makes the group {@code name} (a relative path, {@code shoplab/lab-1a2b3c4d/monolith}) and the groups above
     * it, and writes the budget's limits into it; an existing group gets them again.
     */
    ControlGroup create(String name, Budget budget) throws IOException;

    /** What it is and where, for messages. */
    String describe();

    /** This machine's. */
    static CgroupMount system() {
        String os = System.getProperty("os.name");
        if (!os.toLowerCase(Locale.ROOT).contains("linux")) {
            return new Unavailable("budgets need Linux control groups, and this is " + os);
        }
        return detect(SYSTEM_ROOT);
    }

    /**
     * The groups go at the top of the hierarchy, whatever group the lab itself runs in: a budget is the node's
     * own, not a share of the lab's (and the groups the lab runs in may belong to whoever started it).
     *
     * @param root where the control groups are mounted
     */
    static CgroupMount detect(Path root) {
        if (Files.exists(root.resolve("cgroup.controllers"))) {
            return V2.at(root);
        }
        Path cpu = root.resolve("cpu");
        Path memory = root.resolve("memory");
        if (!Files.exists(cpu.resolve("cpu.cfs_quota_us")) || !Files.exists(memory.resolve("memory.limit_in_bytes"))) {
            return new Unavailable("no control groups with the cpu and memory controllers at " + root);
        }
        if (!Files.isWritable(cpu) || !Files.isWritable(memory)) {
            return new Unavailable("cgroup v1 at " + root + " is not writable here (budgets need root)");
        }
        return new V1(cpu, memory);
    }

    /**
     * cgroup v1: the group is made twice, in the cpu hierarchy and in the memory one.
     *
     * @param cpuRoot where the cpu hierarchy is mounted
     * @param memoryRoot where the memory hierarchy is mounted
     */
    record V1(Path cpuRoot, Path memoryRoot) implements CgroupMount {

        @Override
        public ControlGroup create(String name, Budget budget) throws IOException {
            ControlGroup group = new ControlGroup(
                    1,
                    Files.createDirectories(cpuRoot.resolve(name)),
                    Files.createDirectories(memoryRoot.resolve(name)));
            group.limit(budget);
            return group;
        }

        @Override
        public String describe() {
            return "cgroup v1 (" + cpuRoot + ", " + memoryRoot + ")";
        }
    }

    /**
     * cgroup v2: the groups are made from the root down, each level handing the cpu and memory controllers to the
     * next ({@code cgroup.subtree_control}).
     */
    record V2(Path root) implements CgroupMount {

        static CgroupMount at(Path root) {
            try {
                List<String> offered = Arrays.asList(Files.readString(root.resolve("cgroup.controllers"))
                        .strip()
                        .split("\\s+"));
                if (!offered.containsAll(CONTROLLERS)) {
                    return new Unavailable(
                            "cgroup v2 at " + root + " offers no cpu or memory controller (only " + offered + ")");
                }
            } catch (IOException e) {
                return new Unavailable("cannot read " + root.resolve("cgroup.controllers") + ": " + e.getMessage());
            }
            return Files.isWritable(root)
                    ? new V2(root)
                    : new Unavailable("cgroup v2 at " + root + " is not writable here (budgets need root)");
        }

        @Override
        public ControlGroup create(String name, Budget budget) throws IOException {
            Path level = root;
            for (Path part : Path.of(name)) {
                ControlGroup.write(level.resolve("cgroup.subtree_control"), "+cpu +memory");
                level = Files.createDirectories(level.resolve(part.toString()));
            }
            ControlGroup group = new ControlGroup(2, level, level);
            group.limit(budget);
            return group;
        }

        @Override
        public String describe() {
            return "cgroup v2 (" + root + ")";
        }
    }

    /** No budgets here; every attempt fails with the reason. */
    record Unavailable(String reason) implements CgroupMount {

        @Override
        public ControlGroup create(String name, Budget budget) throws IOException {
            throw new IOException(reason);
        }

        @Override
        public String describe() {
            return reason;
        }
    }
}
