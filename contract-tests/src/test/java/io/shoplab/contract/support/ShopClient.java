package io.shoplab.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Talks HTTP/1.1 to the shop under test. Paths are relative to the base URL ({@code /api/...});
 * every call returns the whole answer, whatever its status.
 */
public final class ShopClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI baseUrl;
    private final HttpClient http;

    ShopClient(URI baseUrl) {
        this.baseUrl = baseUrl;
        // HTTP/1.1 as load tests and browsers without TLS use it; no h2c upgrade dance.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public ApiResponse get(String path) {
        return get(path, Map.of());
    }

    public ApiResponse get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), "GET " + path, headers);
    }

    /** POSTs {@code body} written as JSON (maps, lists, strings, numbers). */
    public ApiResponse postJson(String path, Object body) {
        return postJson(path, body, Map.of());
    }

    public ApiResponse postJson(String path, Object body, Map<String, String> headers) {
        return post(path, Json.write(body), "application/json", headers);
    }

    public CompletableFuture<ApiResponse> postJsonAsync(String path, Object body) {
        return postJsonAsync(path, body, Map.of());
    }

    public CompletableFuture<ApiResponse> postJsonAsync(String path, Object body, Map<String, String> headers) {
        HttpRequest request = withHeaders(HttpRequest.newBuilder(uri(path)), headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8))
                .timeout(REQUEST_TIMEOUT)
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> toApiResponse("POST " + path, response));
    }

    /** POSTs a raw body with the given Content-Type, for malformed or oversized requests. */
    public ApiResponse post(String path, String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(builder, "POST " + path + " (" + contentType + ", " + body.length() + " chars)", headers);
    }

    /** Any method, no body. */
    public ApiResponse send(String method, String path) {
        return send(method, path, Map.of());
    }

    public ApiResponse send(String method, String path, Map<String, String> headers) {
        return send(
                HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()),
                method + " " + path,
                headers);
    }

    /** POSTs JSON of unknown length, so it goes out chunked, without {@code Content-Length}. */
    public ApiResponse postChunked(String path, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        return send(builder, "POST " + path + " (chunked, " + bytes.length + " bytes)", Map.of());
    }

    /**
     * Sends any request as given, for hostile input: the path (with its query) must already be a
     * legal, percent-encoded URI; {@code body} may be empty; a {@code chunked} body goes out without
     * {@code Content-Length}.
     */
    public ApiResponse exchange(
            String method, String path, Map<String, String> headers, byte[] body, boolean chunked, String description) {
        HttpRequest.BodyPublisher publisher = body.length == 0
                ? HttpRequest.BodyPublishers.noBody()
                : chunked
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body);
        return send(HttpRequest.newBuilder(uri(path)).method(method, publisher), description, headers);
    }

    /**
     * GETs what a {@code Location} header points to. An absolute location must name the shop under
     * test itself: it is the URL a client would follow, and the suite sends nothing elsewhere.
     */
    public ApiResponse follow(String location) {
        URI target = baseUrl.resolve(location);
        assertThat(target.getAuthority())
                .as("authority of Location %s", location)
                .isEqualTo(baseUrl.getAuthority());
        return send(HttpRequest.newBuilder(target).GET(), "GET " + location, Map.of());
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private ApiResponse send(HttpRequest.Builder builder, String description, Map<String, String> headers) {
        HttpRequest request =
                withHeaders(builder, headers).timeout(REQUEST_TIMEOUT).build();
        try {
            return toApiResponse(
                    description, http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(description + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(description + " was interrupted", e);
        }
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, Map<String, String> headers) {
        headers.forEach(builder::header);
        return builder;
    }

    private static ApiResponse toApiResponse(String description, HttpResponse<String> response) {
        return new ApiResponse(description, response.statusCode(), response.headers(), response.body());
    }
}
