package io.shoplab.lab.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's {@code chromium}, headless, with one page open, driven through its DevTools protocol over a
 * WebSocket: evaluate JavaScript in the page, take a screenshot. No driver or library needed.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Set once connected: the socket's listener belongs to this object, so it exists first. */
    private WebSocket socket;

    private HeadlessChromium(Process process) {
        this.process = process;
    }

    /** The browser on the PATH ({@code chromium}, else {@code chromium-browser}); empty where none is installed. */
    static Optional<Path> installed() {
        return Stream.of(System.getenv("PATH").split(":"))
                .flatMap(directory -> Stream.of(Path.of(directory, "chromium"), Path.of(directory, "chromium-browser")))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static HeadlessChromium open(Path browser, String url, Path profile) throws IOException {
        Process process = new ProcessBuilder(
                        browser.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--remote-debugging-address=127.0.0.1",
                        "--remote-debugging-port=0",
                        "--remote-allow-origins=*",
                        "--user-data-dir=" + profile,
                        "--window-size=1400,1100",
                        url)
                .redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling("chromium.log").toFile())
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        Awaitility.await("chromium's DevTools port")
                .atMost(Duration.ofSeconds(60))
                .until(() -> Files.exists(portFile) && Files.size(portFile) > 0);
        String port = Files.readAllLines(portFile).get(0).trim();
        String pageSocket = Awaitility.await("chromium's page")
                .atMost(Duration.ofSeconds(30))
                .until(() -> pageSocket(port), Optional::isPresent)
                .get();
        HeadlessChromium chromium = new HeadlessChromium(process);
        chromium.socket = HTTP.newWebSocketBuilder()
                .buildAsync(URI.create(pageSocket), chromium.new Answers())
                .join();
        return chromium;
    }

    /** The value of a JavaScript expression in the page, as a string ({@code null} as "null"). */
    String evaluate(String expression) {
        JsonNode result =
                call("Runtime.evaluate", Map.of("expression", "String(" + expression + ")", "returnByValue", true));
        return result.path("result").path("value").asString();
    }

    void screenshot(Path file) throws IOException {
        JsonNode result = call("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(result.path("data").asString()));
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonNode call(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                .join();
        return answer.orTimeout(30, TimeUnit.SECONDS).join();
    }

    private static Optional<String> pageSocket(String port) {
        try {
            HttpResponse<String> targets = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            List<JsonNode> pages = JSON.readTree(targets.body())
                    .valueStream()
                    .filter(target -> "page".equals(target.path("type").asString()))
                    .toList();
            return pages.stream()
                    .map(page -> page.path("webSocketDebuggerUrl").asString())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Collects each message's parts and completes the call it answers. */
    private final class Answers implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonNode message = JSON.readTree(text.toString());
                text.setLength(0);
                CompletableFuture<JsonNode> answer =
                        pending.remove(message.path("id").asInt(-1));
                if (answer != null) {
                    answer.complete(message.path("result"));
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
