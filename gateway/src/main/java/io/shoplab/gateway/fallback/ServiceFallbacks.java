package io.shoplab.gateway.fallback;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import io.shoplab.gateway.problems.Problems;
import io.shoplab.gateway.requestid.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards when its service is down, too slow, or its breaker is
 * open: a 503 problem with {@code Retry-After}, never a 200 that would hide the failure from
 * clients and load tests (STACK.md pitfall 3).
 */
@Configuration(proxyBeanMethods = false)
class ServiceFallbacks {

    private static final Logger log = LoggerFactory.getLogger(ServiceFallbacks.class);

    @Bean
    RouterFunction<ServerResponse> serviceFallbackRoutes() {
        // Any method: the forward keeps the client's, and a POST /api/orders must fall back too.
        return RouterFunctions.route()
                .route(request -> request.path().startsWith("/fallback/"), ServiceFallbacks::fallback)
                .build();
    }

    static Mono<ServerResponse> fallback(ServerRequest request) {
        ServerWebExchange exchange = request.exchange();
        String path = RequestIds.originalPath(exchange);
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause == null) {
            // Asked for directly, not forwarded by a circuit breaker: not a public path.
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        if (cause instanceof ResponseStatusException status
                && status.getStatusCode().is4xxClientError()) {
            // The client's fault (e.g. body too large), not the service's: answer it as such.
            return Mono.error(cause);
        }
        String service = request.path().substring("/fallback/".length());
        log.warn(
                "{} unavailable for {} {} [requestId={}]: {}",
                service,
                request.method(),
                path,
                RequestIds.of(exchange),
                describe(cause));
        String part =
                service.endsWith("-service") ? service.substring(0, service.length() - "-service".length()) : service;
        return Problems.response(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The " + part + " part of the shop cannot answer now; try again shortly.",
                path);
    }

    private static String describe(Throwable cause) {
        Throwable root = cause.getCause() != null ? cause.getCause() : cause;
        return cause.getClass().getSimpleName()
                + (root != cause ? " (" + root.getClass().getSimpleName() + ")" : "") + ": " + cause.getMessage();
    }
}
