package io.shoplab.lab.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The lab's reads of the apps' endpoints: bounded in time, so that a frozen or dying app holds a probe no
 * longer than that; any failure is simply no answer.
 */
public final class Probes {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private Probes() {}

    /** The body of a 200 answer; empty for any other status, a timeout or no connection. */
    public static Optional<String> get(String url, String accept, Duration timeout) {
        return answer(url, accept, timeout)
                .filter(response -> response.statusCode() == 200)
                .map(HttpResponse::body);
    }

    /** The answer, whatever its status; empty for a timeout or no connection. */
    public static Optional<HttpResponse<String>> answer(String url, String accept, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Accept", accept)
                .GET()
                .build();
        try {
            return Optional.of(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
