package io.shoplab.lab.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.shoplab.lab.LabException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The requests the lab sends to an app's fault endpoint, against a stub that records them. */
class FaultClientTest {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private FaultClient client;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/actuator/faults", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
            if (exchange.getRequestURI().getPath().endsWith("/refused")) {
                exchange.sendResponseHeaders(404, -1);
            } else if (exchange.getRequestMethod().equals("GET")) {
                byte[] json = "{\"reviews\":{\"latencyMs\":800,\"errorRate\":0.3}}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, json.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(json);
                }
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
        client = new FaultClient("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    @Test
    void putsTheFaultAsJsonUnderTheComponentsName() {
        client.set("reviews", new Fault(800, 0.3));

        assertThat(received)
                .containsExactly("PUT /actuator/faults/reviews application/json {\"latencyMs\":800,\"errorRate\":0.3}");
    }

    @Test
    void deletesOneComponentsFaultOrAll() {
        client.clear("database");
        client.clearAll();

        assertThat(received).containsExactly("DELETE /actuator/faults/database null ", "DELETE /actuator/faults null ");
    }

    @Test
    void readsTheFaultsInForce() {
        assertThat(client.inForce()).containsExactly(java.util.Map.entry("reviews", new Fault(800, 0.3)));
    }

    @Test
    void aMissingEndpointPointsAtTheFaultsProfile() {
        assertThatThrownBy(() -> client.set("refused", new Fault(0, 1)))
                .isInstanceOf(LabException.class)
                .hasMessageContaining("404")
                .hasMessageContaining("--faults");
    }

    @Test
    void refusesFaultsTheAppsWouldRefuse() {
        assertThatThrownBy(() -> new Fault(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fault(0, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
