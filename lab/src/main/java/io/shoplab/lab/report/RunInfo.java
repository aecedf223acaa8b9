package io.shoplab.lab.report;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

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

    public static RunInfo now(String platform, Map<String, String> settings) {
        return new RunInfo(Instant.now(), Machine.current(), platform, settings);
    }
}
