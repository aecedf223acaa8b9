package io.shoplab.lab.shopapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import io.shoplab.lab.LabException;
import io.shoplab.lab.Polling;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one HTTP client of the shop's API and the GETs the checks make with it. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    // Amounts as written (10.00, not the double 10.0): money is compared and shown exactly.
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final int ATTEMPTS = 6;

    private Http() {}

    /** The answer to one GET, or empty when none came. */
    static Optional<HttpResponse<String>> once(String url) {
        try {
            return Optional.of(send(url));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A GET answered 200 (or 404 when that is an answer), retried a few times over an app still settling. An app
     * that does not answer so is an error, never "nothing there".
     */
    static HttpResponse<String> retried(String url, boolean notFoundIsAnAnswer) {
        String last = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = send(url);
                if (response.statusCode() == 200 || notFoundIsAnAnswer && response.statusCode() == 404) {
                    return response;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Polling.pause(Duration.ofMillis(attempt * 500L));
        }
        throw new LabException("GET " + url + " did not answer after " + ATTEMPTS + " attempts: " + last);
    }

    private static HttpResponse<String> send(String url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .header("X-Request-Id", "lab-check")
                .GET()
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted");
        }
    }
}
