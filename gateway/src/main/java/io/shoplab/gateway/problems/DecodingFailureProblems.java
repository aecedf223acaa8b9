package io.shoplab.gateway.problems;

import java.util.Map;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
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

    /** One per connection: it remembers that the connection's last request could not be decoded. */
    private static final class Handler extends ChannelDuplexHandler {

        private final Map<Integer, byte[]> bodies;

        private boolean decodingFailed;

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
                    && msg instanceof FullHttpResponse refused
                    && !refused.content().isReadable()
                    && bodies.containsKey(refused.status().code())) {
                decodingFailed = false;
                msg = withProblem(refused);
            }
            ctx.write(msg, promise);
        }

        private FullHttpResponse withProblem(FullHttpResponse refused) {
            byte[] body = bodies.get(refused.status().code());
            FullHttpResponse answer = refused.replace(Unpooled.wrappedBuffer(body));
            refused.release();
            answer.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(RequestIds.HEADER, RequestIds.create());
            return answer;
        }
    }
}
