package io.shoplab.lab.watch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.shoplab.lab.stack.LabJournal;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live page of both stacks: a {@link Sampler} takes a second each second, and every open page gets
 * it as a server-sent event. Serves on 127.0.0.1 only: {@code /} the page, {@code /events} the seconds
 * (those kept so far first), {@code /history.html} the page with the seconds kept so far written in.
 */
public final class Watch implements AutoCloseable {

    /** An hour: what a page opened late catches up on, and what a saved history holds. */
    private static final int KEPT_SECONDS = 3600;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Sampler sampler;
    private final ScheduledExecutorService ticker =
            Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "watch-ticker"));
    private final Deque<String> kept = new ArrayDeque<>();
    private final List<BlockingQueue<String>> pages = new CopyOnWriteArrayList<>();

    private Watch(HttpServer server, Sampler sampler) {
        this.server = server;
        this.sampler = sampler;
    }

    /** Starts sampling and serving; {@code port} 0 takes a free one. */
    public static Watch start(PartsSource source, LabJournal journal, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            Watch watch = new Watch(server, new Sampler(source, journal));
            server.setExecutor(Executors.newCachedThreadPool(task -> daemon(task, "watch-http")));
            server.createContext("/", exchange -> {
                if (exchange.getRequestURI().getPath().equals("/")) {
                    watch.send(exchange, "text/html", Page.live());
                } else {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                }
            });
            server.createContext(
                    "/history.html", exchange -> watch.send(exchange, "text/html", Page.saved(watch.keptJson())));
            server.createContext("/events", watch::stream);
            server.start();
            watch.ticker.scheduleAtFixedRate(watch::tick, 0, 1, TimeUnit.SECONDS);
            return watch;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the watch page on 127.0.0.1:" + port, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Writes the page with the seconds kept so far into {@code directory}, as {@code watch-<time>.html}; returns the file. */
    public Path save(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(
                    "watch-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".html");
            Files.writeString(file, Page.saved(keptJson()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        server.stop(0);
        sampler.close();
    }

    private void tick() {
        try {
            String second = JSON.writeValueAsString(sampler.take());
            synchronized (kept) {
                kept.addLast(second);
                if (kept.size() > KEPT_SECONDS) {
                    kept.removeFirst();
                }
                pages.forEach(page -> page.add(second));
            }
        } catch (RuntimeException e) {
            // One bad second (a container engine that failed to answer) must not end the watch; a second cut
            // short by close() is no loss worth telling.
            if (!ticker.isShutdown()) {
                System.err.println("watch: this second was lost: " + e);
            }
        }
    }

    private String keptJson() {
        synchronized (kept) {
            return "[" + String.join(",", kept) + "]";
        }
    }

    /** Server-sent events: the kept seconds, then each new one; a comment now and then finds a closed page out. */
    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        synchronized (kept) {
            queue.addAll(kept);
            pages.add(queue);
        }
        try (OutputStream out = exchange.getResponseBody()) {
            while (!Thread.currentThread().isInterrupted()) {
                String second = queue.poll(10, TimeUnit.SECONDS);
                out.write((second == null ? ": still here\n\n" : "data: " + second + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException pageClosed) {
            // the page went away
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            pages.remove(queue);
        }
    }

    private void send(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
