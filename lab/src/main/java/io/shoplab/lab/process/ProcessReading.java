package io.shoplab.lab.process;

/**
 * A living process as the operating system showed it at one moment.
 *
 * @param name its command name: {@code java}, {@code postgres}
 * @param cpuSeconds CPU time (user + system) used since it started, to the operating system's clock tick
 * @param residentKib resident set size (RSS) in KiB
 * @param stopped stopped by a signal (SIGSTOP), until a SIGCONT
 */
public record ProcessReading(String name, double cpuSeconds, long residentKib, boolean stopped) {}
