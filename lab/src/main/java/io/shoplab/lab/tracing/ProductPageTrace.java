package io.shoplab.lab.tracing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.shoplab.lab.LabException;
import io.shoplab.lab.Polling;
import io.shoplab.lab.report.TraceSpan;
import io.shoplab.lab.report.TracedRequest;

/**
 * Traces one product page on a running stack whose apps export to Zipkin: a few unsampled pages first (so the
 * picture is not of a cold JVM's first request), then one sent with a sampled W3C {@code traceparent}, which every
 * app honours whatever its sampling probability; then its trace read back once every app that served it has
 * reported and nothing more arrives.
 */
public final class ProductPageTrace {

    public static final String PATH = "/api/products/1";
    private static final int WARM_UP_PAGES = 20;
    /** Each app's reporter sends what it has once a second. */
    private static final Duration POLL = Duration.ofMillis(1500);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final ZipkinApi zipkin;

    public ProductPageTrace(ZipkinApi zipkin) {
        this.zipkin = zipkin;
    }

    /**
     * @param stack the stack's name, for the picture
     * @param baseUrl its public API (the monolith, or the gateway)
     * @param services the apps expected in the trace ({@code spring.application.name}s)
     */
    public TracedRequest capture(String stack, String baseUrl, Set<String> services, Duration timeout) {
        for (int i = 0; i < WARM_UP_PAGES; i++) {
            get(baseUrl, null);
        }
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        get(baseUrl, "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01");
        AtomicReference<List<TraceSpan>> previous = new AtomicReference<>(List.of());
        Optional<List<TraceSpan>> complete = Polling.firstAnswer(
                () -> {
                    List<TraceSpan> spans = zipkin.trace(traceId);
                    Set<String> reported =
                            spans.stream().map(TraceSpan::service).collect(Collectors.toSet());
                    boolean settled = reported.containsAll(services)
                            && spans.size() == previous.getAndSet(spans).size();
                    return settled ? Optional.of(spans) : Optional.empty();
                },
                POLL,
                Instant.now().plus(timeout));
        return complete.map(spans -> new TracedRequest(stack, "GET " + PATH, traceId, spans))
                .orElseThrow(() -> new LabException("the trace of " + PATH + " on " + stack + " (" + traceId
                        + ") did not arrive complete in Zipkin within " + timeout.toSeconds() + " s: expected spans of "
                        + services
                        + ", had " + previous.get().size()));
    }

    private void get(String baseUrl, String traceparent) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + PATH)).timeout(Duration.ofSeconds(10));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != 200) {
                throw new LabException("GET " + baseUrl + PATH + " answered " + status);
            }
        } catch (IOException e) {
            throw new LabException("GET " + baseUrl + PATH + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while tracing " + PATH);
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
