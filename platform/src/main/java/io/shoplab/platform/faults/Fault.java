package io.shoplab.platform.faults;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A fault in force on one component.
 *
 * @param latencyMs added to every call, in milliseconds (0 to 60,000)
 * @param errorRate the share of calls that fail, 0 to 1
 */
public record Fault(
        @Min(0) @Max(60_000) long latencyMs,
        @DecimalMin("0.0") @DecimalMax("1.0") double errorRate) {}
