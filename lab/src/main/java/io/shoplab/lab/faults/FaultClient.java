package io.shoplab.lab.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.shoplab.lab.LabException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to one app's {@code /actuator/faults} endpoint, on its management port (the gateway never routes there). */
public final class FaultClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /**
     * An app just restarted can take longer than {@link #TIMEOUT} for the first request its fault endpoint gets, on a busy
     * two-core machine (seen in a chaos campaign's heal); PUT, DELETE and GET are idempotent, so one more try is safe.
     */
    private static final Duration RETRY_TIMEOUT = Duration.ofSeconds(20);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String endpoint;

    /** @param managementUrl the app's management URL, such as {@code http://127.0.0.1:18080} */
    public FaultClient(String managementUrl) {
        this.endpoint = managementUrl + "/actuator/faults";
    }

    /** {@code PUT /actuator/faults/{component}} with the fault as JSON; expects 204. */
    public void set(String component, Fault fault) {
        send(HttpRequest.newBuilder(uri("/" + component))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(fault.toJson())));
    }

    /** {@code DELETE /actuator/faults/{component}}; expects 204. */
    public void clear(String component) {
        send(HttpRequest.newBuilder(uri("/" + component)).DELETE());
    }

    /** {@code DELETE /actuator/faults}: every fault of this app; expects 204. */
    public void clearAll() {
        send(HttpRequest.newBuilder(uri("")).DELETE());
    }

    /** {@code GET /actuator/faults}: the faults in force, by component. */
    public Map<String, Fault> inForce() {
        JsonNode body = JSON.readTree(send(HttpRequest.newBuilder(uri(""))
                .header("Accept", "application/json")
                .GET()));
        Map<String, Fault> faults = new LinkedHashMap<>();
        body.properties()
                .forEach(entry -> faults.put(
                        entry.getKey(),
                        new Fault(
                                entry.getValue().path("latencyMs").asLong(),
                                entry.getValue().path("errorRate").asDouble())));
        return faults;
    }

    private URI uri(String suffix) {
        return URI.create(endpoint + suffix);
    }

    private String send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(TIMEOUT).build();
        try {
            try {
                return answer(built);
            } catch (HttpTimeoutException slow) {
                built = request.timeout(RETRY_TIMEOUT).build();
                return answer(built);
            }
        } catch (IOException e) {
            throw new LabException(built.method() + " " + built.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted");
        }
    }

    private static String answer(HttpRequest built) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new LabException(built.method() + " " + built.uri() + " answered " + response.statusCode()
                    + (response.statusCode() == 404
                            ? " (is the faults profile active? start the stack with --faults)"
                            : "")
                    + ": " + response.body());
        }
        return response.body();
    }
}
