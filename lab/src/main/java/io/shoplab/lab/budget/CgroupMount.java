package io.shoplab.lab.budget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /** This machine's, as the lab's own process sees it. */
    static CgroupMount system() {
        String os = System.getProperty("os.name");
        if (!os.toLowerCase(Locale.ROOT).contains("linux")) {
            return new Unavailable("budgets need Linux control groups, and this is " + os);
        }
        try {
            return detect(SYSTEM_ROOT, Files.readString(Path.of("/proc/self/cgroup")));
        } catch (IOException e) {
            return new Unavailable("cannot read /proc/self/cgroup: " + e.getMessage());
        }
    }

    /**
     * @param root where the control groups are mounted
     * @param ownGroups the lab's own {@code /proc/self/cgroup}: on cgroup v1 the groups are made inside the lab's
     *                  own, so they stay within whatever limits the lab itself was given
     */
    static CgroupMount detect(Path root, String ownGroups) {
        if (Files.exists(root.resolve("cgroup.controllers"))) {
            return V2.at(root);
        }
        Optional<Path> cpu = V1.ownGroup(root, "cpu", ownGroups);
        Optional<Path> memory = V1.ownGroup(root, "memory", ownGroups);
        if (cpu.isEmpty() || memory.isEmpty()) {
            return new Unavailable("no control groups with the cpu and memory controllers at " + root);
        }
        if (!Files.isWritable(cpu.get()) || !Files.isWritable(memory.get())) {
            return new Unavailable("cgroup v1 at " + root + " is not writable here (budgets need root)");
        }
        return new V1(cpu.get(), memory.get());
    }

    /**
     * cgroup v1: the group is made twice, under the lab's own group of the cpu hierarchy and of the memory one.
     *
     * @param cpuParent the lab's own group in the cpu hierarchy
     * @param memoryParent the lab's own group in the memory hierarchy
     */
    record V1(Path cpuParent, Path memoryParent) implements CgroupMount {

        @Override
        public ControlGroup create(String name, Budget budget) throws IOException {
            ControlGroup group = new ControlGroup(1, Files.createDirectories(cpuParent.resolve(name)),
                    Files.createDirectories(memoryParent.resolve(name)));
            group.limit(budget);
            return group;
        }

        @Override
        public String describe() {
            return "cgroup v1 (" + cpuParent + ", " + memoryParent + ")";
        }

        /** The line of {@code /proc/self/cgroup} whose controllers include this one ({@code 4:memory:/a/b}, {@code 2:cpu,cpuacct:/}). */
        static Optional<Path> ownGroup(Path root, String controller, String ownGroups) {
            return ownGroups.lines().map(line -> line.split(":", 3)).filter(fields -> fields.length == 3)
                    .filter(fields -> Arrays.asList(fields[1].split(",")).contains(controller))
                    .map(fields -> root.resolve(controller).resolve(fields[2].replaceFirst("^/", "")))
                    .filter(Files::isDirectory)
                    .findFirst();
        }
    }

    /**
     * cgroup v2: the groups are made from the root down, each level handing the cpu and memory controllers to the
     * next ({@code cgroup.subtree_control}). Not inside the lab's own group: v2 gives no controller to the children
     * of a group that holds processes, and the lab's holds the lab; the root is exempt.
     */
    record V2(Path root) implements CgroupMount {

        static CgroupMount at(Path root) {
            try {
                List<String> offered = Arrays.asList(Files.readString(root.resolve("cgroup.controllers")).strip().split("\\s+"));
                if (!offered.containsAll(CONTROLLERS)) {
                    return new Unavailable("cgroup v2 at " + root + " offers no cpu or memory controller (only " + offered + ")");
                }
            } catch (IOException e) {
                return new Unavailable("cannot read " + root.resolve("cgroup.controllers") + ": " + e.getMessage());
            }
            return Files.isWritable(root) ? new V2(root) : new Unavailable("cgroup v2 at " + root + " is not writable here (budgets need root)");
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
