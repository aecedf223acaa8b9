package io.shoplab.lab.report;

import io.shoplab.lab.process.OsProcesses;

/**
 * The machine a run measured on, so that numbers from different machines are never compared unknowingly.
 *
 * @param cores processors available to the JVM
 * @param memoryMib the machine's physical memory
 * @param javaVersion the running JVM's version
 * @param os operating system name, version and architecture
 */
public record Machine(int cores, long memoryMib, String javaVersion, String os) {

    public static Machine current() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                OsProcesses.system().totalMemoryMib(),
                System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }
}
