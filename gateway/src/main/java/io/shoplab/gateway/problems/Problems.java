package io.shoplab.gateway.problems;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The problem answers the gateway writes itself. Types and titles follow the platform's
 * {@code Problems} (which is servlet-based, so it is mirrored here, not shared).
 */
public final class Problems {

    /** How long a client should wait before it retries after a 503. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private static final String TYPE_BASE = "https://shoplab.dev/problems/";

    private Problems() {}

    /** A problem answer; a 503 also carries {@code Retry-After}. */
    public static Mono<ServerResponse> response(HttpStatusCode status, String detail, String path) {
        ServerResponse.BodyBuilder builder =
                ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            builder.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
        }
        return builder.bodyValue(of(status, detail, path));
    }

    static Problem of(HttpStatusCode status, String detail, String path) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known == null ? "Error " + status.value() : known.getReasonPhrase();
        return new Problem(typeOf(status), title, status.value(), detail, path);
    }

    static URI typeOf(HttpStatusCode status) {
        String slug = switch (status.value()) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status.is5xxServerError() ? "internal-error" : "client-error";
        };
        return URI.create(TYPE_BASE + slug);
    }
}
