package io.shoplab.lab.tracing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.shoplab.lab.LabException;
import io.shoplab.lab.report.TraceSpan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Zipkin's query API, read-only: a trace's spans by its id ({@code GET /api/v2/trace/{traceId}}). */
public final class ZipkinApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** @param baseUrl where Zipkin answers, such as {@code http://127.0.0.1:9411} */
    public ZipkinApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The spans Zipkin has of that trace so far; none while it has none (it answers 404 then). */
    public List<TraceSpan> trace(String traceId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v2/trace/" + traceId))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return List.of();
            }
            if (response.statusCode() != 200) {
                throw new LabException("Zipkin answered " + response.statusCode() + " to " + request.uri());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new LabException(
                    "could not read trace " + traceId + " from Zipkin at " + baseUrl + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while reading a trace from Zipkin");
        }
    }

    /** Zipkin's v2 JSON of one trace: an array of spans. */
    public static List<TraceSpan> parse(String json) {
        return JSON.readTree(json)
                .valueStream()
                .map(span -> new TraceSpan(
                        span.path("id").asString(),
                        textOrNull(span, "parentId"),
                        span.path("localEndpoint").path("serviceName").asString(),
                        span.path("name").asString(),
                        textOrNull(span, "kind"),
                        span.path("timestamp").asLong(),
                        span.path("duration").asLong()))
                .toList();
    }

    private static String textOrNull(JsonNode span, String field) {
        return span.hasNonNull(field) ? span.get(field).asString() : null;
    }
}
