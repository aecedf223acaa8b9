package io.shoplab.gateway.problems;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.concurrent.ScheduledFuture;
import io.shoplab.gateway.requestid.RequestIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details for the requests that Reactor Netty refuses before any of the gateway's code sees
 * them: a request line over {@code server.netty.max-initial-line-length} (414), headers over
 * {@code server.max-http-request-header-size} in total (431), or bytes that are not HTTP (400). Netty
 * answers those itself, with an empty body and {@code Connection: close}; this puts a problem and a
 * new {@code X-Request-Id} into that answer, so that it reads like every other error of the gateway.
 */
@Component
class DecodingFailureProblems implements NettyServerCustomizer {

    private final Map<Integer, byte[]> bodies;

    DecodingFailureProblems(
            JsonMapper json,
            @Value("${server.max-http-request-header-size:8KB}") DataSize maxHeaders,
            @Value("${server.netty.max-initial-line-length:4KB}") DataSize maxRequestLine) {
        this.bodies = Map.of(
                400,
                        json.writeValueAsBytes(
                                Problems.of(HttpStatus.BAD_REQUEST, "The request is not valid HTTP.", null)),
                414,
                        json.writeValueAsBytes(Problems.of(
                                HttpStatus.URI_TOO_LONG,
                                "The request line is longer than " + maxRequestLine.toBytes() + " bytes.",
                                null)),
                431,
                        json.writeValueAsBytes(Problems.of(
                                HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                                "The request headers are larger than " + maxHeaders.toBytes() + " bytes in total.",
                                null)));
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                // Next to the codec: it sees the failed request come in and its answer go out.
                channel.pipeline()
                        .addAfter(NettyPipeline.HttpCodec, "shoplab.decodingFailureProblems", new Handler(bodies));
            }
        });
    }

    /**
     * One per connection: it remembers that the connection's last request could not be decoded, puts the
     * problem into Netty's refusal, and then ends the connection with a lingering close.
     *
     * <p>Netty closes the connection as soon as the refusal is written, often with the rest of the request
     * (a header's remainder, the body) still unread or on its way. A socket closed on unread bytes sends a
     * reset instead of an orderly end (so does one that receives bytes after its close), and a client still
     * sending then loses the refusal it had not read yet: the contract suite's HTTP client saw "header
     * parser received no bytes". So, as HTTP servers do, the gateway only ends its side once the refusal is
     * out, reads and drops what the client still sends, and closes when the client does, or after
     * {@link #LINGER_MILLIS} at the latest.
     */
    private static final class Handler extends ChannelDuplexHandler {

        /**
         * Long enough for a client to notice the refusal's end and stop sending (loopback or a LAN take
         * milliseconds), short enough that a client sending on regardless holds the connection no longer.
         */
        private static final long LINGER_MILLIS = 2_000;

        private final Map<Integer, byte[]> bodies;

        private boolean decodingFailed;

        /** Set once the refusal is on its way: from then on the connection is ended by {@link #linger}. */
        private boolean refused;

        Handler(Map<Integer, byte[]> bodies) {
            this.bodies = bodies;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request && request.decoderResult().isFailure()) {
                decodingFailed = true;
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (decodingFailed
                    && msg instanceof FullHttpResponse refusal
                    && !refusal.content().isReadable()
                    && bodies.containsKey(refusal.status().code())) {
                decodingFailed = false;
                refused = true;
                ctx.write(withProblem(refusal), promise.unvoid()).addListener(written -> linger(ctx));
                return;
            }
            ctx.write(msg, promise);
        }

        /** Netty's close right after its refusal: the connection ends once the client has stopped sending. */
        @Override
        public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
            if (refused) {
                ctx.channel().closeFuture().addListener(closed -> promise.trySuccess());
            } else {
                ctx.close(promise);
            }
        }

        private void linger(ChannelHandlerContext ctx) {
            Channel channel = ctx.channel();
            if (!(channel instanceof SocketChannel socket) || !channel.isActive()) {
                ctx.close();
                return;
            }
            ScheduledFuture<?> deadline =
                    ctx.executor().schedule(() -> ctx.close(), LINGER_MILLIS, TimeUnit.MILLISECONDS);
            channel.closeFuture().addListener(closed -> deadline.cancel(false));
            // The refusal, then the end of the stream: the client reads both, whatever it still sends.
            socket.shutdownOutput();
            // Netty's decoder drops whatever comes after a request it refused; the client's end (a read of
            // the end of the stream) closes the channel.
            channel.config().setAutoRead(true);
        }

        private FullHttpResponse withProblem(FullHttpResponse refusal) {
            byte[] body = bodies.get(refusal.status().code());
            FullHttpResponse answer = refusal.replace(Unpooled.wrappedBuffer(body));
            refusal.release();
            answer.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(RequestIds.HEADER, RequestIds.create());
            return answer;
        }
    }
}
