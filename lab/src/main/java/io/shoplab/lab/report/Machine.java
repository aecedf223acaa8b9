package io.shoplab.lab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine a run measured on, so that numbers from different machines are never compared unknowingly.
 *
 * @param cores processors available to the JVM
 * @param memoryMib total memory (MemTotal of /proc/meminfo); 0 if unknown
 * @param javaVersion the running JVM's version
 * @param os operating system name, version and architecture
 */
public record Machine(int cores, long memoryMib, String javaVersion, String os) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), totalMemoryMib(Path.of("/proc/meminfo")),
                System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    static long totalMemoryMib(Path meminfo) {
        try (var lines = Files.lines(meminfo)) {
            return lines.filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> line.replaceAll("\\D+", ""))
                    .mapToLong(kib -> Long.parseLong(kib) / 1024)
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException unknown) {
            return 0;
        }
    }
}
