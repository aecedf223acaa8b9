package io.shoplab.lab.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GET through a stack's public base URL that must answer 200: readiness of each process does not
 * prove that the gateway found the services in Eureka, nor that catalog-service reaches inventory
 * and reviews.
 *
 * @param url the full URL
 * @param servedBy the components whose logs explain a failure (the gateway and the services behind it)
 * @param nothingDegraded also require an empty {@code degraded} array in the body (the product page)
 */
public record RouteProbe(String url, List<String> servedBy, boolean nothingDegraded) {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public RouteProbe {
        servedBy = List.copyOf(servedBy);
    }

    /** Empty when the route works; otherwise what it answered instead. */
    public Optional<String> problem() {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.of(response.statusCode() + " " + abbreviated(response.body()));
            }
            return nothingDegraded ? degradedParts(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    static Optional<String> degradedParts(String body) {
        try {
            JsonNode degraded = JSON.readTree(body).path("degraded");
            if (degraded.isArray() && degraded.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("200 but degraded: " + degraded);
        } catch (RuntimeException notJson) {
            return Optional.of("200 but not JSON: " + abbreviated(body));
        }
    }

    private static String abbreviated(String body) {
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…";
    }
}
