package io.shoplab.gateway.guard;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the size limit with 413 before any service sees them: when
 * {@code Content-Length} says so, else (chunked bodies) once the bytes read pass the limit. The
 * gateway buffers bodies of routes with a fallback, so the count ends before anything is sent on.
 * Either way a refused body of up to {@link #MAX_DISCARDED_BYTES} is read to its end first (see
 * {@link #refuseAfterReading}).
 * <p>
 * Refuses bodies slower than the time limit with 408. Netty bounds a connection's idle time only
 * between requests: without this, a client that sends headers and then its body slowly, or never,
 * would hold its connection and its exchange for ever.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitsWebFilter implements WebFilter {

    /** The largest refused body still read to its end before the 413 (see {@link #refuseAfterReading}). */
    static final long MAX_DISCARDED_BYTES = 1024 * 1024;

    private final long maxBytes;

    private final Duration maxTime;

    RequestBodyLimitsWebFilter(
            @Value("${shoplab.gateway.max-body-bytes:65536}") long maxBytes,
            @Value("${shoplab.gateway.max-body-time:10s}") Duration maxTime) {
        this.maxBytes = maxBytes;
        this.maxTime = maxTime;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return refuseAfterReading(request, declared);
        }
        boolean chunked = request.getHeaders().getFirst(HttpHeaders.TRANSFER_ENCODING) != null;
        if (declared <= 0 && !chunked) {
            // No body to wait for (most requests): no timer either.
            return chain.filter(exchange);
        }
        ServerHttpRequest limited = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                Flux<DataBuffer> body = withinMaxTime(super.getBody());
                // With Content-Length, Netty reads no more than that many bytes as this request's body.
                return declared > 0 ? body : counted(body);
            }
        };
        return chain.filter(exchange.mutate().request(limited).build());
    }

    /**
     * The 413, once a body of up to {@link #MAX_DISCARDED_BYTES} has been read and thrown away (as
     * Tomcat swallows up to 2 MB): answered and closed while the client is still sending, the
     * connection is reset with the client's bytes unread, and the client may lose the answer with
     * the reset (seen through a container engine's port forwarding). Larger bodies are refused at once.
     */
    private Mono<Void> refuseAfterReading(ServerHttpRequest request, long declared) {
        PayloadTooLargeException tooLarge = new PayloadTooLargeException(maxBytes);
        if (declared > MAX_DISCARDED_BYTES) {
            return Mono.error(tooLarge);
        }
        return withinMaxTime(request.getBody())
                .doOnNext(DataBufferUtils::release)
                .then(Mono.<Void>error(tooLarge))
                .onErrorMap(RequestBodyTimeoutException.class, late -> tooLarge);
    }

    /**
     * A chunked body, counted as it arrives. Past the limit, the rest is read and thrown away, and the 413
     * comes when the body has ended (or its time is up), for the reason {@link #refuseAfterReading} gives:
     * raised at the first byte too many, it went out while the client was still sending, and through a
     * container engine's port forwarding the client lost it to the reset. Past {@link #MAX_DISCARDED_BYTES}, at once.
     */
    private Flux<DataBuffer> counted(Flux<DataBuffer> body) {
        AtomicLong read = new AtomicLong();
        return body.<DataBuffer>handle((buffer, sink) -> {
                    long total = read.addAndGet(buffer.readableByteCount());
                    if (total <= maxBytes) {
                        sink.next(buffer);
                        return;
                    }
                    DataBufferUtils.release(buffer);
                    if (total > MAX_DISCARDED_BYTES) {
                        sink.error(new PayloadTooLargeException(maxBytes));
                    }
                })
                .onErrorMap(
                        RequestBodyTimeoutException.class,
                        late -> read.get() > maxBytes ? new PayloadTooLargeException(maxBytes) : late)
                .concatWith(Mono.defer(() ->
                        read.get() > maxBytes ? Mono.error(new PayloadTooLargeException(maxBytes)) : Mono.empty()));
    }

    private Flux<DataBuffer> withinMaxTime(Flux<DataBuffer> body) {
        return Flux.defer(() -> {
            // One deadline for the whole body, not a timeout per chunk: a byte now and then must not
            // keep it alive. Each chunk re-arms the timer with the time that is left.
            long deadline = System.nanoTime() + maxTime.toNanos();
            return body.timeout(
                    Mono.delay(maxTime),
                    chunk -> Mono.delay(Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))),
                    Flux.error(() -> new RequestBodyTimeoutException(maxTime)));
        });
    }
}
