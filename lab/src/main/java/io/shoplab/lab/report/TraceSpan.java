package io.shoplab.lab.report;

/**
 * One span of a trace, as Zipkin keeps it.
 *
 * @param id the span's id
 * @param parentId its parent's id; {@code null} for a root, or a parent outside the trace (the caller's)
 * @param service the app that recorded it ({@code gateway}, {@code catalog-service}, {@code monolith-api})
 * @param name what it timed ({@code http get /api/products/{id}})
 * @param kind {@code SERVER}, {@code CLIENT}, or {@code null} for work inside the app
 * @param startMicros when it began, microseconds since the epoch
 * @param durationMicros how long it took, microseconds
 */
public record TraceSpan(
        String id, String parentId, String service, String name, String kind, long startMicros, long durationMicros) {

    long endMicros() {
        return startMicros + durationMicros;
    }
}
