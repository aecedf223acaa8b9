package io.shoplab.lab.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.shoplab.lab.LabException;
import io.shoplab.lab.process.Ports;
import io.shoplab.lab.process.ProcessRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessWaitTest {

    private static final ProcessRef THIS_JVM =
            ProcessRef.of(ProcessHandle.current().pid()).orElseThrow();

    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private HttpServer server;
    private Path log;

    @BeforeEach
    void startAnAppThatIsUpOnItsThirdAnswer() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> {
            byte[] body = (asked.incrementAndGet() < 3 ? "{\"status\":\"DOWN\"}" : "{\"status\":\"UP\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        log = Files.writeString(directory.resolve("app.log"), "Started nothing yet\nwaiting for the database\n");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void returnsOnceTheAppSaysUp() {
        String health = "http://127.0.0.1:" + server.getAddress().getPort() + "/health";

        ReadinessWait wait =
                new ReadinessWait(new PrintStream(printed, true), Instant.now().plusSeconds(30));

        assertThat(wait.awaitAll(List.of(new ReadinessWait.Pending("app", THIS_JVM, health, log))))
                .containsKey("app");
        assertThat(printed.toString()).contains("app is UP after");
    }

    @Test
    void failsWithTheLogTailWhenTheProcessEnds() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        ProcessRef gone = new ProcessRef(ended.pid(), Instant.now());

        ReadinessWait wait =
                new ReadinessWait(new PrintStream(printed, true), Instant.now().plusSeconds(30));

        assertThatThrownBy(() -> wait.awaitAll(List.of(new ReadinessWait.Pending("app", gone, unreachable(), log))))
                .isInstanceOf(LabException.class)
                .hasMessageContaining("ended before it was ready")
                .hasMessageContaining("waiting for the database");
    }

    @Test
    void failsWithTheLogTailAtTheDeadline() {
        ReadinessWait wait =
                new ReadinessWait(new PrintStream(printed, true), Instant.now().plusSeconds(1));

        assertThatThrownBy(() -> wait.awaitAll(List.of(new ReadinessWait.Pending("app", THIS_JVM, unreachable(), log))))
                .isInstanceOf(LabException.class)
                .hasMessageContaining("not ready in time: app (UNREACHABLE)")
                .hasMessageContaining("waiting for the database");
    }

    private static String unreachable() {
        return "http://127.0.0.1:" + Ports.findFree() + "/health";
    }
}
