package io.shoplab.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A stand-in for one service behind the gateway, on 127.0.0.1: answers every request with a JSON
 * echo naming itself, records what it received, and misbehaves on two kinds of path - a product
 * id {@code 666} hangs (until {@link #close()}), a path ending in {@code /500} fails with 500.
 *
 * <p>A test class holds its stubs in static fields marked {@code @AutoClose} (JUnit stops them after the
 * class) and lists them, through {@link #registerIn}, in its {@code @DynamicPropertySource}: that makes the
 * property part of the class's Spring context, so no other class's context is ever given a stopped stub.
 */
final class ServiceStub implements AutoCloseable {

    /** What the stub received; {@code traceparent} is the W3C trace context header, null when absent. */
    record Received(String method, String path, String requestId, int bodyBytes, String traceparent) {}

    private final String name;

    private final HttpServer server;

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final CountDownLatch released = new CountDownLatch(1);

    private final List<Received> received = new CopyOnWriteArrayList<>();

    ServiceStub(String name) {
        this.name = name;
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes this stub the first instance of its service, found through static discovery instead of Eureka. */
    void registerIn(DynamicPropertyRegistry registry) {
        registry.add(instanceUri(name, 0), this::uri);
    }

    /** The static-discovery property that lists an instance of a service, by its index. */
    static String instanceUri(String service, int index) {
        return "spring.cloud.discovery.client.simple.instances." + service + "[" + index + "].uri";
    }

    List<Received> received() {
        return received;
    }

    long hits(String path) {
        return received.stream().filter(r -> r.path().equals(path)).count();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        int bodyBytes;
        try (InputStream body = exchange.getRequestBody()) {
            bodyBytes = body.readAllBytes().length;
        }
        received.add(new Received(
                exchange.getRequestMethod(),
                path,
                exchange.getRequestHeaders().getFirst("X-Request-Id"),
                bodyBytes,
                exchange.getRequestHeaders().getFirst("traceparent")));
        if (path.contains("/666")) {
            awaitRelease();
        }
        int status = path.endsWith("/500") ? 500 : 200;
        byte[] json = ("{\"service\":\"" + name + "\",\"path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        // Like the real services (the platform filter), echo the request id.
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        if (requestId != null) {
            exchange.getResponseHeaders().set("X-Request-Id", requestId);
        }
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
        exchange.close();
    }

    private void awaitRelease() {
        try {
            released.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
