package io.shoplab.contract.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The monolith jar started by the suite as a child process on a free loopback port, when no
 * {@code shop.baseUrl} is given. It is stopped once, by its own process handle, when the run ends.
 */
final class MonolithProcess implements ShopServer {

    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration GRACEFUL_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final URI baseUrl;
    private final Path log;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private MonolithProcess(Process process, URI baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    static MonolithProcess start(Path jar, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The monolith jar " + jar + " does not exist. Build it first: run"
                    + " ./mvnw -B verify from the root (or ./mvnw -B -pl monolith-api -am package), or point"
                    + " the suite at a running shop with -Dshop.baseUrl=http://127.0.0.1:PORT");
        }
        int port = freeLoopbackPort();
        MonolithProcess monolith = launch(jar, log, port);
        // Also stop it if the test JVM is ended before the JUnit store is closed.
        Runtime.getRuntime().addShutdownHook(new Thread(monolith::close, "stop-monolith"));
        try {
            monolith.awaitReadiness();
        } catch (RuntimeException failure) {
            monolith.close();
            throw failure;
        }
        return monolith;
    }

    private static MonolithProcess launch(Path jar, Path log, int port) {
        try {
            Path workDirectory = Files.createDirectories(log.getParent());
            // A copy, so that a rebuild of the module while the suite runs cannot pull classes from under it.
            Path copy = Files.copy(jar, workDirectory.resolve("monolith-under-test.jar"), StandardCopyOption.REPLACE_EXISTING);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-jar", copy.toString(),
                    "--server.port=" + port, "--server.address=127.0.0.1")
                    .directory(workDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            return new MonolithProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the monolith from " + jar, e);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    private void awaitReadiness() {
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI readiness = baseUrl.resolve("/actuator/health/readiness");
        try {
            await("monolith readiness at " + readiness)
                    .atMost(READINESS_TIMEOUT)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(500))
                    .failFast("the monolith process exited", () -> !process.isAlive())
                    .until(() -> isReady(probe, readiness));
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            String exit = process.isAlive() ? "still running" : "exit code " + process.exitValue();
            throw new IllegalStateException("The monolith (pid " + process.pid() + ", " + exit + ") did not"
                    + " become ready: " + e.getMessage() + "\n--- last lines of " + log + " ---\n"
                    + LogTail.lastLines(log, 60), e);
        }
    }

    private static boolean isReady(HttpClient probe, URI readiness) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return probe.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            // Refused, reset or timed out while the server starts: the process watch above tells a crash apart.
            return false;
        }
    }

    @Override
    public URI baseUrl() {
        return baseUrl;
    }

    /** Stops the process the suite started, once: politely first, so it can stop its database. */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACEFUL_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
