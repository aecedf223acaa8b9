package io.shoplab.platform.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The problem types shoplab answers with (RFC 9457). Every error of both stacks is built here, so a
 * client sees the same {@code type} for the same failure whichever architecture answers.
 */
public final class Problems {

    /** How long a client should wait before it retries after a 503. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private static final String TYPE_BASE = "https://shoplab.dev/problems/";

    private Problems() {}

    /** A problem whose type is derived from the status: {@code .../not-found}, {@code .../unavailable}, … */
    public static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeOf(status));
        return problem;
    }

    public static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A 503 with {@code Retry-After}, the answer whenever a needed part is down or too slow. */
    public static ResponseEntity<ProblemDetail> unavailable(String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(HttpStatus.SERVICE_UNAVAILABLE, detail));
    }

    /** Gives a problem that Spring built with {@code about:blank} the shoplab type for its status. */
    public static ProblemDetail withShoplabType(ProblemDetail problem) {
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            problem.setType(typeOf(HttpStatusCode.valueOf(problem.getStatus())));
        }
        return problem;
    }

    static URI typeOf(HttpStatusCode status) {
        String slug = switch (status.value()) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable-request";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status.is5xxServerError() ? "internal-error" : "client-error";
        };
        return URI.create(TYPE_BASE + slug);
    }
}
