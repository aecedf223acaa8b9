package io.shoplab.gateway.problems;

import java.util.List;

import io.shoplab.gateway.requestid.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers every error the gateway meets itself (unknown path, wrong method, body too large, a bug)
 * with problem details - never Boot's default error JSON, never a stack trace. Runs before Boot's
 * own handler (order -1).
 */
@Component
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ServerResponse.Context context;

    ProblemErrorHandler(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            // Part of the answer is on the wire already; all that is left is to drop the connection.
            return Mono.error(error);
        }
        HttpStatusCode status =
                error instanceof ErrorResponse response ? response.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        String path = RequestIds.originalPath(exchange);
        if (status.is5xxServerError()) {
            log.error(
                    "{} {} failed [requestId={}]",
                    exchange.getRequest().getMethod(),
                    path,
                    RequestIds.of(exchange),
                    error);
        }
        // A service's answer may have been half taken over when the error came: its framing
        // headers would not fit the problem written instead.
        exchange.getResponse().getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        exchange.getResponse().getHeaders().remove(HttpHeaders.TRANSFER_ENCODING);
        if (error instanceof ErrorResponse response) {
            // e.g. Allow on a 405
            exchange.getResponse().getHeaders().putAll(response.getHeaders());
        }
        if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value()
                || status.value() == HttpStatus.REQUEST_TIMEOUT.value()) {
            // The client may still be sending the body: do not read another request on this connection.
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
        return Problems.response(status, detailFor(status, error), path)
                .flatMap(problem -> problem.writeTo(exchange, context));
    }

    private static String detailFor(HttpStatusCode status, Throwable error) {
        return switch (status.value()) {
            case 404 -> "There is nothing at this path.";
            case 405 -> "This path does not take that method.";
            case 408 -> detailOf(error, "The request body did not arrive in time.");
            case 413 -> detailOf(error, "The request body is too large.");
            case 429 -> detailOf(error, "Too many requests from this client; retry after the time in Retry-After.");
            case 503 -> "A part of the shop cannot answer now; try again shortly.";
            default ->
                status.is5xxServerError()
                        ? "An unexpected error occurred; it has been logged."
                        : "The request cannot be served.";
        };
    }

    /** The detail the error names itself (e.g. the limit that was passed), else the given one. */
    private static String detailOf(Throwable error, String otherwise) {
        return error instanceof ErrorResponse response && response.getBody().getDetail() != null
                ? response.getBody().getDetail()
                : otherwise;
    }
}
