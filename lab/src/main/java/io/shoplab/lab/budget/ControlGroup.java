package io.shoplab.lab.budget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.shoplab.lab.Polling;

/**
 * The control group that holds one component's processes to its {@link Budget}, by its directories: one per
 * controller on cgroup v1 (under {@code cpu/} and {@code memory/}), the same one twice on cgroup v2. Kept in
 * the state file, so that a later command reads and removes the very group, whoever runs it. On cgroup v1 its JVMs'
 * JIT compilers work in a group beside it, without a quota ({@link #moveBeside}).
 *
 * @param version 1 or 2
 * @param cpu where the CPU quota and {@code cpu.stat} are
 * @param memory where the memory limit and usage are
 */
public record ControlGroup(int version, Path cpu, Path memory) {

    /** The period the quota is a share of, the kernel's default; 100 ms keeps a throttled JVM's pauses short. */
    public static final long PERIOD_MICROS = 100_000;
    /** The kernel refuses a quota under 1 ms. */
    private static final long MIN_QUOTA_MICROS = 1_000;
    /** What cgroup v1 reads back for "no memory limit": the page counter's maximum, about 2^63. */
    private static final long UNLIMITED_V1 = 1L << 60;
    /** A process that just ended may stay counted in its group for a moment: the removal tries again that long. */
    private static final Duration REMOVAL_PATIENCE = Duration.ofSeconds(5);

    private static final Duration REMOVAL_RETRY = Duration.ofMillis(100);

    /** Writes the budget's quota and limit; none of a kind (0) writes "unlimited", so a group can also be freed again. */
    void limit(Budget budget) throws IOException {
        long quota = Math.max(MIN_QUOTA_MICROS, Math.round(budget.cpus() * PERIOD_MICROS));
        if (version == 1) {
            write(cpu.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_MICROS));
            write(cpu.resolve("cpu.cfs_quota_us"), budget.cpus() == 0 ? "-1" : Long.toString(quota));
            write(
                    memory.resolve("memory.limit_in_bytes"),
                    budget.memoryBytes() == 0 ? "-1" : Long.toString(budget.memoryBytes()));
        } else {
            write(cpu.resolve("cpu.max"), (budget.cpus() == 0 ? "max" : Long.toString(quota)) + " " + PERIOD_MICROS);
            write(
                    memory.resolve("memory.max"),
                    budget.memoryBytes() == 0 ? "max" : Long.toString(budget.memoryBytes()));
        }
    }

    /** Moves the process, with all its threads, into the group; what it starts from then on is born inside. */
    public void enrol(long pid) throws IOException {
        for (Path directory : directories()) {
            write(directory.resolve("cgroup.procs"), Long.toString(pid));
        }
    }

    /**
     * Moves these threads (a JVM's JIT compilers) out of the CPU quota into a group beside this one that has none;
     * what they start later is born there too. Only cgroup v1 moves single threads of a process between groups (v2
     * only within a threaded subtree, which stays under the quota), so on v2 it does nothing.
     *
     * <p>Why: a capacity search ends each run in an overload, and the overload reaches code no warm-up ran (the
     * connection pool's wait, a failed request's exception path). The JVM deoptimizes it and recompiles for a minute or
     * more; inside a tenth of a core that recompiling takes the requests' CPU through the next search, and the
     * capacities measured came out up to three times apart. Beside the quota, the compilers finish in seconds and the
     * quota measures what serving costs. Both stacks are measured so.
     *
     * @return whether they are beside the quota now
     */
    public boolean moveBeside(List<Long> threadIds) throws IOException {
        if (version != 1 || threadIds.isEmpty()) {
            return false;
        }
        Path beside = Files.createDirectories(compilers());
        for (long thread : threadIds) {
            write(beside.resolve("tasks"), Long.toString(thread));
        }
        return true;
    }

    /** The group beside this one without a quota, for its JVMs' compilers (cgroup v1). */
    Path compilers() {
        return cpu.resolveSibling(cpu.getFileName() + "-compilers");
    }

    /** How often and how long the quota held it back, and its memory against the limit, as the kernel counts them. */
    public GroupUsage usage() throws IOException {
        Map<String, Long> cpuStat = Files.readString(cpu.resolve("cpu.stat"))
                .lines()
                .map(line -> line.split("\\s+"))
                .filter(fields -> fields.length == 2)
                .collect(Collectors.toMap(fields -> fields[0], fields -> Long.parseLong(fields[1])));
        long throttledPeriods = cpuStat.getOrDefault("nr_throttled", 0L);
        if (version == 1) {
            long limit = readLong(memory.resolve("memory.limit_in_bytes"));
            Path besideTasks = compilers().resolve("tasks");
            return new GroupUsage(
                    throttledPeriods,
                    Duration.ofNanos(cpuStat.getOrDefault("throttled_time", 0L)),
                    readLong(memory.resolve("memory.usage_in_bytes")),
                    limit >= UNLIMITED_V1 ? 0 : limit,
                    Files.exists(besideTasks) && !Files.readString(besideTasks).isBlank());
        }
        String limit = Files.readString(memory.resolve("memory.max")).strip();
        return new GroupUsage(
                throttledPeriods,
                Duration.ofNanos(1000 * cpuStat.getOrDefault("throttled_usec", 0L)),
                readLong(memory.resolve("memory.current")),
                "max".equals(limit) ? 0 : Long.parseLong(limit),
                false);
    }

    /**
     * Removes the group once its processes have ended (the kernel refuses while any is left), then the lab's
     * group above it if that was its last component. A group already gone is no failure.
     */
    public void remove() throws IOException {
        Instant deadline = Instant.now().plus(REMOVAL_PATIENCE);
        removeWhenEmpty(compilers(), deadline);
        for (Path directory : directories()) {
            removeWhenEmpty(directory, deadline);
            try {
                Files.deleteIfExists(directory.getParent());
            } catch (IOException stillUsed) {
                // Other components of the lab are still in it.
            }
        }
    }

    private List<Path> directories() {
        return cpu.equals(memory) ? List.of(cpu) : List.of(cpu, memory);
    }

    private static void removeWhenEmpty(Path directory, Instant deadline) throws IOException {
        AtomicReference<IOException> refused = new AtomicReference<>();
        if (!Polling.until(() -> removed(directory, refused), REMOVAL_RETRY, deadline)) {
            throw refused.get();
        }
    }

    /** False while the kernel refuses (it still counts a process in the group), keeping its answer. */
    private static boolean removed(Path directory, AtomicReference<IOException> refused) {
        try {
            Files.deleteIfExists(directory);
            return true;
        } catch (NoSuchFileException gone) {
            return true;
        } catch (IOException busy) {
            refused.set(busy);
            return false;
        }
    }

    /** One write per value: the kernel takes a control file's value from a single write(2). */
    static void write(Path file, String value) throws IOException {
        Files.writeString(file, value);
    }

    private static long readLong(Path file) throws IOException {
        return Long.parseLong(Files.readString(file).strip());
    }

    /**
     * @param throttledPeriods periods in which the quota ran out before the group's work did ({@code nr_throttled})
     * @param throttled how long its runnable threads waited for the next period in all
     * @param memoryUsedBytes what its processes hold now, page cache included, as the limit counts it
     * @param memoryLimitBytes 0 when unlimited
     * @param compilersBeside whether its JVMs' JIT compilers work beside the quota ({@link #moveBeside})
     */
    public record GroupUsage(
            long throttledPeriods,
            Duration throttled,
            long memoryUsedBytes,
            long memoryLimitBytes,
            boolean compilersBeside) {}
}
