package io.shoplab.lab.report;

import java.util.Comparator;
import java.util.List;

/**
 * One request sent to a stack with tracing asked for, and the spans its apps recorded.
 *
 * @param stack {@code monolith} or {@code microservices}
 * @param request what was sent ({@code GET /api/products/1})
 * @param traceId the W3C trace id it was sent with, as Zipkin files it
 * @param spans every span of the trace, in no particular order
 */
public record TracedRequest(String stack, String request, String traceId, List<TraceSpan> spans) {

    public TracedRequest {
        spans = List.copyOf(spans);
    }

    /** The apps that took part, in the order they began. */
    public List<String> services() {
        return spans.stream()
                .sorted(Comparator.comparingLong(TraceSpan::startMicros))
                .map(TraceSpan::service)
                .distinct()
                .toList();
    }
}
