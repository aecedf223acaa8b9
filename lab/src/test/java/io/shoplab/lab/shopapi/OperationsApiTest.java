package io.shoplab.lab.shopapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.shoplab.lab.LabException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operations endpoints read strictly: amounts exactly as written, and an answer without its fields is an error, not "nothing". */
class OperationsApiTest {

    private HttpServer server;
    private OperationsApi operations;
    private volatile String payments;
    private volatile String reservations;

    @BeforeEach
    void startFakeApp() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actuator/payments", exchange -> answer(exchange, payments));
        server.createContext("/actuator/reservations", exchange -> answer(exchange, reservations));
        server.start();
        operations = new OperationsApi("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopFakeApp() {
        server.stop(0);
    }

    @Test
    void readsEachCaptureWithItsAmountAsWritten() {
        payments = """
                {"status":"CAPTURED","count":1,"orderIds":["o-1"],"payments":[{"orderId":"o-1","amount":19.90,"currency":"EUR"}]}""";

        assertThat(operations.captured())
                .containsExactlyEntriesOf(Map.of("o-1", new Capture("o-1", new BigDecimal("19.90"), "EUR")));
    }

    @Test
    void readsTheOrdersStillHoldingStock() {
        reservations = "{\"status\":\"RESERVED\",\"count\":2,\"orderIds\":[\"o-1\",\"o-9\"]}";

        assertThat(operations.held()).containsExactly("o-1", "o-9");
    }

    @Test
    void anAnswerWithoutItsFieldsIsAnErrorNotNothingCaptured() {
        payments = "{\"status\":\"CAPTURED\"}";

        assertThatThrownBy(operations::captured)
                .isInstanceOf(LabException.class)
                .hasMessageContaining("orderIds");
    }

    @Test
    void paymentsNamingOtherOrdersThanTheirIdsAreAnError() {
        payments = """
                {"status":"CAPTURED","count":1,"orderIds":["o-1"],"payments":[{"orderId":"o-2","amount":1.00,"currency":"EUR"}]}""";

        assertThatThrownBy(operations::captured)
                .isInstanceOf(LabException.class)
                .hasMessageContaining("other orders");
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
