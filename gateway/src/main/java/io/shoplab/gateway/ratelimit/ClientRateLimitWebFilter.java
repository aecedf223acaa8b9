package io.shoplab.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits each client's requests to the shop API ({@code /api/**}); the gateway's own
 * {@code /actuator/**} is never limited, so health checks work whatever a client does.
 * <p>
 * A client is its TCP peer address. Not {@code X-Forwarded-For}: the gateway is the edge, nobody
 * trusted stands in front of it, and a header is whatever the client writes - a new value per request
 * would be a new bucket per request. For the same reason {@code server.forward-headers-strategy} stays
 * {@code none} (application.yml), which keeps the peer address from being rewritten by those headers.
 * Runs right after the request id is given, before any other work is spent on the request.
 * <p>
 * The buckets run on the system's monotonic clock, unless the context holds a Caffeine {@link Ticker}:
 * then on that one, so that a test can stop and move time.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
@EnableConfigurationProperties(RateLimitProperties.class)
class ClientRateLimitWebFilter implements WebFilter {

    private final RateLimitProperties limit;

    private final ClientRateLimits clients;

    private final String detail;

    ClientRateLimitWebFilter(RateLimitProperties limit, ObjectProvider<Ticker> clock) {
        this.limit = limit;
        this.clients = new ClientRateLimits(limit, clock.getIfAvailable(Ticker::systemTicker)::read);
        this.detail =
                "This client sent more than " + limit.requestsPerSecond() + " requests per second (bursts of up to "
                        + limit.burst() + " allowed); retry after the time in Retry-After.";
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!limit.enabled() || !isShopApi(exchange.getRequest().getPath().value())) {
            return chain.filter(exchange);
        }
        long waitNanos = clients.take(clientOf(exchange));
        if (waitNanos > 0) {
            return Mono.error(new TooManyRequestsException(detail, Duration.ofNanos(waitNanos)));
        }
        return chain.filter(exchange);
    }

    private static boolean isShopApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static String clientOf(ServerWebExchange exchange) {
        InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
        // Over TCP there is always a peer; should there be none, those requests share one bucket.
        return peer == null || peer.getAddress() == null
                ? "unknown"
                : peer.getAddress().getHostAddress();
    }
}
