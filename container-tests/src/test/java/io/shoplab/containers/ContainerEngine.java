package io.shoplab.containers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Docker API that docker-compose will use: {@code DOCKER_HOST} ({@code unix://} or {@code tcp://}),
 * else the default socket. Docker and podman's Docker-compatible service both answer it. Only the few
 * read-only calls the test needs (ping, list and inspect containers), over HTTP/1.0 and plain sockets.
 */
record ContainerEngine(URI host) {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ContainerEngine fromEnvironment() {
        String host = System.getenv("DOCKER_HOST");
        return new ContainerEngine(URI.create(host == null || host.isBlank() ? "unix:///var/run/docker.sock" : host.strip()));
    }

    /** Empty when the API answers its ping; otherwise why not, in words for a skipped test. */
    Optional<String> unavailableReason() {
        try {
            String answer = get("/_ping");
            return answer.strip().equals("OK") ? Optional.empty()
                    : Optional.of("the Docker API at " + host + " answered its ping with '" + answer.strip() + "'");
        } catch (IOException e) {
            return Optional.of("no Docker API answers at " + host + " (" + e.getMessage() + "). Set DOCKER_HOST to a"
                    + " Docker or podman socket; on Linux without Docker: sudo .ci/containers setup && sudo"
                    + " .ci/containers start && eval \"$(.ci/containers env)\"");
        }
    }

    /** The containers of a Compose project, stopped ones included. */
    JsonNode containersOf(String project) throws IOException {
        String filters = "{\"label\":[\"com.docker.compose.project=" + project + "\"]}";
        return JSON.readTree(get("/containers/json?all=true&filters=" + URLEncoder.encode(filters, StandardCharsets.UTF_8)));
    }

    JsonNode inspect(String containerId) throws IOException {
        return JSON.readTree(get("/containers/" + containerId + "/json"));
    }

    /** The body of a GET, which must answer 200. */
    String get(String path) throws IOException {
        CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> {
            try {
                return exchange(path);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return call.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new IOException("no answer within " + CALL_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof IllegalStateException wrapped ? wrapped.getCause() : e.getCause();
            throw cause instanceof IOException io ? io : new IOException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    private String exchange(String path) throws IOException {
        byte[] request = ("GET " + path + " HTTP/1.0\r\nHost: docker\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        String response;
        switch (host.getScheme()) {
            case "unix" -> {
                try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(host.getPath()))) {
                    response = exchange(Channels.newOutputStream(channel), Channels.newInputStream(channel), request);
                }
            }
            case "tcp", "http" -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(host.getHost(), host.getPort()), (int) CALL_TIMEOUT.toMillis());
                    socket.setSoTimeout((int) CALL_TIMEOUT.toMillis());
                    response = exchange(socket.getOutputStream(), socket.getInputStream(), request);
                }
            }
            default -> throw new IOException("DOCKER_HOST scheme " + host.getScheme() + " is not supported here");
        }
        int headerEnd = response.indexOf("\r\n\r\n");
        String statusLine = response.lines().findFirst().orElse("");
        if (headerEnd < 0 || !statusLine.matches("HTTP/1\\.[01] 200.*")) {
            throw new IOException("GET " + path + " answered '" + statusLine + "'");
        }
        return response.substring(headerEnd + 4);
    }

    private static String exchange(OutputStream out, InputStream in, byte[] request) throws IOException {
        out.write(request);
        out.flush();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        in.transferTo(body);
        return body.toString(StandardCharsets.UTF_8);
    }
}
