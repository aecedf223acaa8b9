package io.shoplab.lab.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** CPU time a process has used so far, from {@code /proc/PID/stat} (utime + stime). */
public final class ProcCpu {

    /** Linux reports those times in clock ticks of USER_HZ, which is 100 on the machines we know. */
    private static final double DEFAULT_TICKS_PER_SECOND = 100;

    private final Path root;
    private final double ticksPerSecond;

    ProcCpu(Path root, double ticksPerSecond) {
        this.root = root;
        this.ticksPerSecond = ticksPerSecond;
    }

    public static ProcCpu system() {
        return new ProcCpu(Path.of("/proc"), ClockTicks.perSecond().orElse(DEFAULT_TICKS_PER_SECOND));
    }

    /** Seconds of CPU (user + system) used since the process started; empty once it is gone or a zombie. */
    public OptionalDouble cpuSeconds(long pid) {
        try {
            String stat = Files.readString(root.resolve(Long.toString(pid)).resolve("stat"));
            return parseTicks(stat) < 0 ? OptionalDouble.empty() : OptionalDouble.of(parseTicks(stat) / ticksPerSecond);
        } catch (IOException | RuntimeException gone) {
            return OptionalDouble.empty();
        }
    }

    /**
     * utime and stime are fields 14 and 15; counting starts after the command name, which is in
     * parentheses and may itself hold spaces and ")". Returns -1 for a zombie or dead process.
     */
    static long parseTicks(String statText) {
        String[] fields = statText.substring(statText.lastIndexOf(')') + 2).trim().split("\\s+");
        char state = fields[0].charAt(0);
        if (state == 'Z' || state == 'X') {
            return -1;
        }
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** {@code getconf CLK_TCK}, asked once. */
    private static final class ClockTicks {

        static OptionalDouble perSecond() {
            try {
                Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
                String answer = new String(getconf.getInputStream().readAllBytes()).trim();
                return getconf.waitFor() == 0 ? OptionalDouble.of(Double.parseDouble(answer)) : OptionalDouble.empty();
            } catch (IOException | NumberFormatException e) {
                return OptionalDouble.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return OptionalDouble.empty();
            }
        }
    }
}
