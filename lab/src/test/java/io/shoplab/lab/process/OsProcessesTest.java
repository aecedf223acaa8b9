package io.shoplab.lab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The adapter over OSHI against real processes: this JVM and those it starts. */
class OsProcessesTest {

    private static final long SELF = ProcessHandle.current().pid();

    private final OsProcesses processes = OsProcesses.system();

    @Test
    void seesThisJvmUseCpuAndMemory() {
        ProcessReading before = processes.read(SELF).orElseThrow();

        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    burnCpu();
                    return processes.read(SELF).orElseThrow().cpuSeconds() > before.cpuSeconds();
                });
        assertThat(before.name()).isEqualTo("java");
        assertThat(before.residentKib()).isGreaterThan(10 * 1024);
        assertThat(before.stopped()).isFalse();
    }

    @Test
    @EnabledOnOs(OS.LINUX) // the thread names are read back from /proc
    void findsTheJitCompilerThreadsOfThisJvmAndTheirCpu() throws IOException {
        assertThat(processes.jitCompilerCpuSeconds(SELF))
                .as("this test JVM's JIT has compiled something by now")
                .isPositive();
        assertThat(processes.jitCompilerThreads(SELF)).isNotEmpty();
        for (long thread : processes.jitCompilerThreads(SELF)) {
            assertThat(Files.readString(Path.of("/proc", Long.toString(SELF), "task", Long.toString(thread), "comm")))
                    .matches("C[12] CompilerThre\\s*");
        }
    }

    @Test
    void listsTheChildrenItStartedAndForgetsThemOnceEnded() throws IOException {
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            assertThat(processes.children(SELF)).contains(sleep.pid());
            assertThat(processes.read(sleep.pid()).orElseThrow().name()).isEqualTo("sleep");
        } finally {
            sleep.destroyForcibly();
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> processes.read(sleep.pid()).isEmpty());
    }

    @Test
    void takesAZombieForGoneThoughTheJdkStillSeesIt() throws IOException {
        // The shell starts a short sleep, then becomes a long one, which never reaps it: the short one ends a zombie.
        Process parent = new ProcessBuilder("sh", "-c", "sleep 0 & exec sleep 60").start();
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> processes.children(parent.pid()).size() == 1
                            && processes
                                    .read(processes.children(parent.pid()).get(0))
                                    .isEmpty());

            long zombie = processes.children(parent.pid()).get(0);
            assertThat(ProcessHandle.of(zombie).map(ProcessHandle::isAlive)).hasValue(true);
            assertThat(ProcessRef.of(zombie).orElseThrow().isAlive()).isFalse();
        } finally {
            parent.destroyForcibly();
        }
    }

    @Test
    void knowsTheMachinesMemory() {
        assertThat(processes.totalMemoryMib()).isGreaterThan(256);
    }

    /** OSHI's units against the kernel's own figures for the same process: CPU in clock ticks, RSS in KiB. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void agreesWithProcOnLinux() throws IOException, InterruptedException {
        double ticksPerSecond = Double.parseDouble(run("getconf", "CLK_TCK"));
        double procBefore = procCpuTicks(SELF) / ticksPerSecond;
        double oshi = processes.read(SELF).orElseThrow().cpuSeconds();
        double procAfter = procCpuTicks(SELF) / ticksPerSecond;
        assertThat(oshi).isBetween(procBefore - 1 / ticksPerSecond, procAfter + 1 / ticksPerSecond);

        // A sleeping process's memory does not move between the two readings.
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> procStatusKib(sleep.pid(), "VmRSS:") > 0);
            long procRssKib = procStatusKib(sleep.pid(), "VmRSS:");
            assertThat((double) processes.read(sleep.pid()).orElseThrow().residentKib())
                    .isCloseTo(procRssKib, within(procRssKib * 0.05));
        } finally {
            sleep.destroyForcibly();
        }
    }

    /** utime + stime, fields 14 and 15, counted after the command name, which is in parentheses. */
    private static long procCpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long procStatusKib(long pid, String label) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith(label))
                .mapToLong(line ->
                        Long.parseLong(line.substring(label.length()).trim().split("\\s+")[0]))
                .findFirst()
                .orElse(0);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor()).isZero();
        return output;
    }

    private static void burnCpu() {
        long sum = 0;
        for (int i = 0; i < 5_000_000; i++) {
            sum += i % 7;
        }
        assertThat(sum).isPositive();
    }
}
