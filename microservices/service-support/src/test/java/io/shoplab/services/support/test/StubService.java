package io.shoplab.services.support.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for another service in tests: a JDK HTTP server on a free port of 127.0.0.1 that answers
 * each {@code METHOD path} with what the test set, optionally after a delay, and remembers what it was
 * asked. A path ending in {@code *} answers every path that starts with the rest (an order id unknown
 * in advance). Unset routes answer 404.
 */
public final class StubService implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // Several threads, so a slow answer does not hold up the next request.
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    /** For {@code spring.cloud.discovery.client.simple.instances.<service>[0].uri}. */
    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public StubService answer(String method, String path, int status, String json) {
        return answer(method, path, status, json, Duration.ZERO);
    }

    public StubService answer(String method, String path, int status, String json, Duration delay) {
        answers.put(method + " " + path, new Answer(status, json, delay));
        return this;
    }

    /** Forgets answers and requests, between tests. */
    public void reset() {
        answers.clear();
        received.clear();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String pathAndQuery = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), pathAndQuery, exchange.getRequestHeaders().getFirst("X-Request-Id"), body,
                exchange.getRequestHeaders().getFirst("traceparent")));
        Answer answer = answerFor(exchange.getRequestMethod() + " " + pathAndQuery);
        try {
            Thread.sleep(answer.delay().toMillis());
        }
        catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private Answer answerFor(String request) {
        Answer exact = answers.get(request);
        if (exact != null) {
            return exact;
        }
        return answers.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("*") && request.startsWith(entry.getKey().substring(0, entry.getKey().length() - 1)))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(new Answer(404, "{\"status\":404}", Duration.ZERO));
    }

    private record Answer(int status, String json, Duration delay) {
    }

    /**
     * A request the stub got; {@code requestId} is its {@code X-Request-Id} and {@code traceparent} its W3C
     * trace context header, each null when absent.
     */
    public record Received(String method, String pathAndQuery, String requestId, String body, String traceparent) {

        /** The trace id of {@code traceparent} ({@code 00-<trace id>-<parent span id>-<flags>}), or null. */
        public String traceId() {
            return traceparent == null ? null : traceparent.split("-")[1];
        }
    }
}
