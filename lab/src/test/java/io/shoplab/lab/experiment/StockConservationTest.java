package io.shoplab.lab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.shoplab.lab.report.InvariantCheck;

/** The checker must catch a shop that loses or invents stock, not only bless one that does not. */
class StockConservationTest {

    private final Map<Long, long[]> stock = new ConcurrentHashMap<>();
    private final Map<String, String> ordersByCustomer = new ConcurrentHashMap<>();
    private HttpServer shop;
    private StockConservation check;

    @BeforeEach
    void startFakeShop() throws IOException {
        for (long id = 1; id <= StockConservation.PRODUCTS; id++) {
            stock.put(id, new long[] { 100, 0 });
        }
        shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        shop.createContext("/api/inventory/", this::inventory);
        shop.createContext("/api/orders", this::orders);
        shop.start();
        check = new StockConservation("http://127.0.0.1:" + shop.getAddress().getPort());
    }

    @AfterEach
    void stopFakeShop() {
        shop.stop(0);
    }

    @Test
    void passesWhenWhatLeftTheShelfWasSold() {
        Map<Long, Long> before = check.snapshotWhenQuiet(Duration.ofSeconds(5));
        sell("ada", 7, 3);

        InvariantCheck result = check.check(before, List.of("ada"), Duration.ofSeconds(5));

        assertThat(result.passed()).as(result.detail()).isTrue();
    }

    @Test
    void failsWhenStockVanishesWithoutAConfirmedOrder() {
        Map<Long, Long> before = check.snapshotWhenQuiet(Duration.ofSeconds(5));
        sell("ada", 7, 3);
        stock.get(9L)[0] -= 2;

        InvariantCheck result = check.check(before, List.of("ada"), Duration.ofSeconds(5));

        assertThat(result.passed()).isFalse();
        assertThat(result.detail()).contains("product 9");
    }

    @Test
    void countsTheConfirmedOrdersOfEveryCustomerGivenAsTheChaosCampaignDoesAcrossRuns() {
        Map<Long, Long> atTheStart = check.snapshotWhenQuiet(Duration.ofSeconds(5));
        sell("run-1-customer", 7, 3);
        sell("run-2-customer", 8, 2);

        assertThat(check.check(atTheStart, List.of("run-1-customer", "run-2-customer"), Duration.ofSeconds(5)).passed()).isTrue();
        InvariantCheck onlyTheLastRun = check.check(atTheStart, List.of("run-2-customer"), Duration.ofSeconds(5));
        assertThat(onlyTheLastRun.passed()).isFalse();
        assertThat(onlyTheLastRun.detail()).contains("product 7");
    }

    @Test
    void failsAsNotTestedWhenNothingWasSold() {
        Map<Long, Long> before = check.snapshotWhenQuiet(Duration.ofSeconds(5));

        InvariantCheck result = check.check(before, List.of("nobody-bought"), Duration.ofSeconds(5));

        assertThat(result.passed()).isFalse();
        assertThat(result.detail()).startsWith("not tested");
    }

    @Test
    void failsWhenStockStaysReserved() {
        Map<Long, Long> before = check.snapshotWhenQuiet(Duration.ofSeconds(5));
        stock.get(4L)[0] -= 1;
        stock.get(4L)[1] += 1;

        InvariantCheck result = check.check(before, List.of(), Duration.ofSeconds(1));

        assertThat(result.passed()).isFalse();
        assertThat(result.name()).contains("half-done");
    }

    private void sell(String customer, long productId, long quantity) {
        stock.get(productId)[0] -= quantity;
        ordersByCustomer.put(customer, """
                {"items":[{"status":"CONFIRMED","lines":[{"productId":%d,"quantity":%d}]},
                          {"status":"REJECTED","lines":[{"productId":%d,"quantity":50}]}],"page":0,"size":100,"totalItems":2}"""
                .formatted(productId, quantity, productId));
    }

    private void inventory(HttpExchange exchange) throws IOException {
        long id = Long.parseLong(exchange.getRequestURI().getPath().substring("/api/inventory/".length()));
        long[] level = stock.get(id);
        answer(exchange, "{\"productId\":%d,\"available\":%d,\"reserved\":%d}".formatted(id, level[0], level[1]));
    }

    private void orders(HttpExchange exchange) throws IOException {
        String customer = exchange.getRequestURI().getQuery().replaceAll(".*customerId=([^&]*).*", "$1");
        answer(exchange, ordersByCustomer.getOrDefault(customer, "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0}"));
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
