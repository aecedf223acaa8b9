package io.shoplab.lab.measure;

/**
 * One second of one process (or of all of them together).
 *
 * @param second seconds since the run's start
 * @param cpuSeconds CPU time used since the previous sample (about one second; up to the core count)
 * @param rssMib resident memory at the sample, MiB; 0 once gone
 * @param alive false for the sample that found the process gone
 */
public record ProcessSample(long second, double cpuSeconds, double rssMib, boolean alive) {}
