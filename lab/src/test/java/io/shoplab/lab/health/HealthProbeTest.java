package io.shoplab.lab.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import io.shoplab.lab.process.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

    private HttpServer server;

    @BeforeEach
    void startActuatorLookalike() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        answer("/up", 200, "{\"status\":\"UP\"}");
        answer("/down", 503, "{\"status\":\"OUT_OF_SERVICE\"}");
        answer("/not-json", 200, "<html>UP</html>");
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void upOnlyWhenTheHealthDocumentSaysSo() {
        assertThat(HealthProbe.check(url("/up"))).isEqualTo(Health.UP);
        assertThat(HealthProbe.check(url("/down"))).isEqualTo(Health.DOWN);
        assertThat(HealthProbe.check(url("/not-json"))).isEqualTo(Health.DOWN);
    }

    @Test
    void unreachableWhenNothingListens() {
        int nobody = Ports.findFree();

        assertThat(HealthProbe.check("http://127.0.0.1:" + nobody + "/actuator/health/readiness"))
                .isEqualTo(Health.UNREACHABLE);
        assertThat(HealthProbe.check("jdbc:postgresql://127.0.0.1:" + nobody + "/shop?user=postgres"))
                .isEqualTo(Health.UNREACHABLE);
    }

    private void answer(String path, int status, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
