package io.shoplab.lab.stack;

import java.util.Map;

/**
 * Whether the apps send spans to a Zipkin on 127.0.0.1, and which requests they trace. Off by default:
 * trace ids are in every log line, but no span is recorded or sent, so measured runs pay nothing for it.
 *
 * @param zipkinPort where Zipkin listens on 127.0.0.1; 0 when nothing is exported
 * @param sampling the share of the requests begun at an app that it traces ({@code 1.0}, {@code 0.0}); a request
 *                 that arrives with a sampled W3C {@code traceparent} is traced whatever this says
 * @param zipkinInStack whether the stack starts Zipkin as one of its parts ({@code up --tracing}); otherwise
 *                      whoever wants a trace starts it (the demo, for the one page it traces)
 */
public record Tracing(int zipkinPort, String sampling, boolean zipkinInStack) {

    public static Tracing off() {
        return new Tracing(0, "0.0", false);
    }

    /** Every request traced, to a Zipkin the stack starts. */
    public static Tracing everyRequest(int zipkinPort) {
        return new Tracing(zipkinPort, "1.0", true);
    }

    /** Only the requests that ask for it (a sampled {@code traceparent}), to a Zipkin the caller starts when it wants one. */
    public static Tracing onRequest(int zipkinPort) {
        return new Tracing(zipkinPort, "0.0", false);
    }

    public boolean exports() {
        return zipkinPort != 0;
    }

    /** What the apps read (platform.properties, the gateway's application.yml); nothing when off, so their defaults hold. */
    Map<String, String> environment() {
        if (!exports()) {
            return Map.of();
        }
        return Map.of(
                "TRACING_ZIPKIN_ENABLED",
                "true",
                "TRACING_ZIPKIN_ENDPOINT",
                ZipkinComponent.url(zipkinPort) + "/api/v2/spans",
                "TRACING_SAMPLING_PROBABILITY",
                sampling);
    }
}
