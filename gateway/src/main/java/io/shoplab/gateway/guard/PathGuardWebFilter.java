package io.shoplab.gateway.guard;

import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses paths that a service behind could normalise into one the gateway never routes. The
 * gateway matches and forwards the raw path, while Tomcat resolves dot segments and path
 * parameters: {@code /api/orders/..;/../internal/x} would match {@code /api/orders/**} here and
 * reach {@code /internal/x} there. No public path of the shop contains any of these.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class PathGuardWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String rawPath = exchange.getRequest().getURI().getRawPath();
        if (rawPath != null && isAmbiguous(rawPath)) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return chain.filter(exchange);
    }

    static boolean isAmbiguous(String rawPath) {
        String path = rawPath.toLowerCase(Locale.ROOT);
        if (path.contains(";")
                || path.contains("\\")
                || path.contains("%2e")
                || path.contains("%2f")
                || path.contains("%5c")
                || path.contains("%25")
                || path.contains("//")) {
            return true;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
