package io.shoplab.lab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.shoplab.lab.LabException;
import io.shoplab.lab.report.InvariantCheck;

/** The money check must catch money taken wrongly, refuse an answer it cannot read, and not pass on no orders. */
class MoneyConservationTest {

    private static final String ORDERS = """
            {"items":[{"id":"o-1","status":"CONFIRMED","total":19.90,"currency":"EUR","lines":[]},
                      {"id":"o-2","status":"REJECTED","total":5.00,"currency":"EUR","lines":[]}],"page":0,"size":100,"totalItems":2}""";

    private HttpServer shop;
    private volatile String payments;
    private volatile String orders = ORDERS;
    private MoneyConservation check;

    @BeforeEach
    void startFakeShop() throws IOException {
        shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        shop.createContext("/actuator/payments", exchange -> answer(exchange, payments));
        shop.createContext("/api/orders", exchange -> answer(exchange, orders));
        shop.start();
        String url = "http://127.0.0.1:" + shop.getAddress().getPort();
        check = new MoneyConservation(url, url);
    }

    @AfterEach
    void stopFakeShop() {
        shop.stop(0);
    }

    @Test
    void passesWhenEachConfirmedOrderIsCapturedForItsTotal() {
        payments = captured("o-1", "19.90");

        InvariantCheck result = check.check(Set.of(), List.of("ada"));

        assertThat(result.passed()).as(result.detail()).isTrue();
    }

    @Test
    void failsOnMoneyCapturedForARejectedOrderOrForAnotherAmount() {
        payments = """
                {"status":"CAPTURED","count":2,"orderIds":["o-1","o-2"],
                 "payments":[{"orderId":"o-1","amount":9.90,"currency":"EUR"},{"orderId":"o-2","amount":5.00,"currency":"EUR"}]}""";

        InvariantCheck result = check.check(Set.of(), List.of("ada"));

        assertThat(result.passed()).isFalse();
        assertThat(result.detail()).contains("o-1: 9.90 EUR captured for an order of 19.90 EUR", "o-2: 5.00 EUR captured for an order REJECTED");
    }

    @Test
    void failsOnAConfirmedOrderWithoutCapture() {
        payments = "{\"status\":\"CAPTURED\",\"count\":0,\"orderIds\":[],\"payments\":[]}";

        InvariantCheck result = check.check(Set.of(), List.of("ada"));

        assertThat(result.passed()).isFalse();
        assertThat(result.detail()).contains("o-1: CONFIRMED (19.90 EUR) without a captured payment");
    }

    @Test
    void failsAsNotTestedWhenNoOrderWasConfirmed() {
        payments = "{\"status\":\"CAPTURED\",\"count\":0,\"orderIds\":[],\"payments\":[]}";
        orders = "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0}";

        InvariantCheck result = check.check(Set.of(), List.of("ada"));

        assertThat(result.passed()).isFalse();
        assertThat(result.detail()).startsWith("not tested");
    }

    @Test
    void anAnswerWithoutItsFieldsIsAnErrorNotNothingCaptured() {
        payments = "{\"status\":\"CAPTURED\"}";

        assertThatThrownBy(() -> check.check(Set.of(), List.of("ada"))).isInstanceOf(LabException.class).hasMessageContaining("orderIds");
    }

    @Test
    void theRuleItselfNamesEveryOrderOff() {
        Map<String, MoneyConservation.Capture> captured = Map.of("o-3", new MoneyConservation.Capture("o-3", new BigDecimal("1.00"), "EUR"));

        assertThat(MoneyConservation.problems(captured, List.of())).singleElement().hasToString("o-3: 1.00 EUR captured for an order unknown to the shop");
    }

    private static String captured(String orderId, String amount) {
        return "{\"status\":\"CAPTURED\",\"count\":1,\"orderIds\":[\"%s\"],\"payments\":[{\"orderId\":\"%s\",\"amount\":%s,\"currency\":\"EUR\"}]}"
                .formatted(orderId, orderId, amount);
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
