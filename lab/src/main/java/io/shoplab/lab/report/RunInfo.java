package io.shoplab.lab.report;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import io.shoplab.lab.Platform;

/**
 * The run as a whole.
 *
 * @param date when it started
 * @param machine where
 * @param platform what ran the stacks: local processes, or containers (with the Compose and engine versions),
 *        so that numbers from the two are never compared unknowingly
 * @param settings the settings in force that shape the numbers (Eureka and Resilience4j timers,
 *        pool sizes, heap), by name; sorted by name in the report
 */
public record RunInfo(Instant date, Machine machine, String platform, Map<String, String> settings) {

    public RunInfo {
        settings = new TreeMap<>(settings);
    }

    /** A run on local processes. */
    public RunInfo(Instant date, Machine machine, Map<String, String> settings) {
        this(date, machine, Platform.LOCAL.description(), settings);
    }

    public static RunInfo now(Map<String, String> settings) {
        return now(Platform.LOCAL.description(), settings);
    }

    public static RunInfo now(String platform, Map<String, String> settings) {
        return new RunInfo(Instant.now(), Machine.current(), platform, settings);
    }
}
