package io.shoplab.lab.faults;

import java.util.Locale;

/**
 * A fault as the apps' endpoint takes it (the JSON body of {@code PUT /actuator/faults/{component}}).
 *
 * @param latencyMs added to every call of the component, 0 to 60,000
 * @param errorRate the share of calls that fail, 0 to 1
 */
public record Fault(long latencyMs, double errorRate) {

    public Fault {
        if (latencyMs < 0 || latencyMs > 60_000) {
            throw new IllegalArgumentException("latency must be 0 to 60000 ms, not " + latencyMs);
        }
        if (errorRate < 0 || errorRate > 1) {
            throw new IllegalArgumentException("error rate must be 0 to 1, not " + errorRate);
        }
    }

    /** Written by hand: two numbers do not need a JSON library, and the format is fixed by API.md. */
    public String toJson() {
        return String.format(Locale.ROOT, "{\"latencyMs\":%d,\"errorRate\":%s}", latencyMs, errorRate);
    }

    public String describe() {
        return String.format(Locale.ROOT, "latency %d ms, error rate %s", latencyMs, errorRate);
    }
}
