package io.shoplab.gateway.requestid;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Puts the exchange's request id into the log MDC ({@code requestId}, as in the services) while the
 * request is handled. A reactive request hops between event-loop threads, so the id travels in the
 * Reactor context, and automatic context propagation ({@code spring.reactor.context-propagation=auto})
 * sets it into the MDC of whichever thread runs the request, then takes it out again - as it does for
 * the trace and span ids of the request's observation.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // right after RequestIdWebFilter, which gives the id
class RequestIdLogContext implements WebFilter {

    static final String MDC_KEY = "requestId";

    RequestIdLogContext() {
        // Registering the key again replaces it: one accessor, however many contexts (tests) start.
        ContextRegistry.getInstance()
                .registerThreadLocalAccessor(
                        MDC_KEY, () -> MDC.get(MDC_KEY), id -> MDC.put(MDC_KEY, id), () -> MDC.remove(MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange).contextWrite(Context.of(MDC_KEY, RequestIds.of(exchange)));
    }
}
