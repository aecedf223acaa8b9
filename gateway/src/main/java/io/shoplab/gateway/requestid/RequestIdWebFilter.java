package io.shoplab.gateway.requestid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id (the caller's valid {@code X-Request-Id} or a new UUID), forwards it to
 * the service behind, and answers with it - on proxied answers, fallbacks and errors alike, because
 * the header is set just before the response is committed, whoever writes it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdWebFilter implements WebFilter {

    // Off (DEBUG) by default: one line per request would cost the gateway, a measured hop, more
    // than the monolith pays. LOGGING_LEVEL_IO_SHOPLAB_GATEWAY_ACCESS=DEBUG switches it on.
    private static final Logger accessLog = LoggerFactory.getLogger("io.shoplab.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String requestId = RequestIds.acceptOrCreate(request.getHeaders().getFirst(RequestIds.HEADER));
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, requestId);
        exchange.getAttributes()
                .put(RequestIds.PATH_ATTRIBUTE, request.getPath().value());
        long started = System.nanoTime();
        exchange.getResponse().beforeCommit(() -> {
            // set, not add: a service behind echoes the id too, and one header must remain.
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
            if (accessLog.isDebugEnabled()) {
                accessLog.debug(
                        "{} {} -> {} in {} ms [requestId={}]",
                        request.getMethod(),
                        request.getPath(),
                        exchange.getResponse().getStatusCode(),
                        (System.nanoTime() - started) / 1_000_000,
                        requestId);
            }
            return Mono.empty();
        });
        ServerHttpRequest forwarded = request.mutate()
                .headers(headers -> headers.set(RequestIds.HEADER, requestId))
                .build();
        return chain.filter(exchange.mutate().request(forwarded).build());
    }
}
