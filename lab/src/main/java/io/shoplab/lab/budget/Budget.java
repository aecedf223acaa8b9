package io.shoplab.lab.budget;

import java.util.Locale;

import io.shoplab.lab.LabException;

/**
 * The resources one component may use, as a container on a node of that size would: a CPU quota and a memory limit.
 *
 * @param cpus cores' worth of CPU time per period ({@code 0.5}: half a core); 0 for no quota
 * @param memoryBytes the memory its processes may hold together; 0 for no limit
 */
public record Budget(double cpus, long memoryBytes) {

    /** No quota, no limit: the component runs as it always did. */
    public static final Budget NONE = new Budget(0, 0);

    private static final long MIB = 1024 * 1024;

    public Budget {
        if (cpus < 0 || memoryBytes < 0) {
            throw new LabException("a budget takes a positive CPU quota and memory limit (0 for none), not " + cpus
                    + " CPU, " + memoryBytes + " bytes");
        }
    }

    public boolean isNone() {
        return cpus == 0 && memoryBytes == 0;
    }

    /** {@code 0.5 CPU, 768 MiB}; {@code -} for none. */
    public String describe() {
        if (isNone()) {
            return "-";
        }
        String cpu = cpus == 0 ? "no CPU quota" : Double.toString(cpus).replaceAll("\\.0$", "") + " CPU";
        String memory = memoryBytes == 0 ? "no memory limit" : memoryBytes / MIB + " MiB";
        return cpu + ", " + memory;
    }

    /** A memory size as Docker and the JVM write it: bytes, or a number with {@code k}, {@code m} or {@code g} (1024-based). */
    public static long parseMemory(String size) {
        String text = size.strip().toLowerCase(Locale.ROOT);
        long unit = switch (text.isEmpty() ? ' ' : text.charAt(text.length() - 1)) {
            case 'k' -> 1024;
            case 'm' -> MIB;
            case 'g' -> 1024 * MIB;
            default -> 1;
        };
        String number = unit == 1 ? text : text.substring(0, text.length() - 1);
        try {
            long bytes = Math.round(Double.parseDouble(number) * unit);
            if (bytes < 0) {
                throw new NumberFormatException();
            }
            return bytes;
        } catch (NumberFormatException e) {
            throw new LabException("a memory size is bytes or a number with k, m or g (768m, 1g), not '" + size + "'");
        }
    }
}
