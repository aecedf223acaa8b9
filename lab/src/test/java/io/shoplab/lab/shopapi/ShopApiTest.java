package io.shoplab.lab.shopapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The checks' reads of the public API: a shelf only when nothing is reserved, every page of a list, a 404 as an answer. */
class ShopApiTest {

    private HttpServer server;
    private ShopApi shop;
    private volatile long reservedOfProduct4;

    @BeforeEach
    void startFakeShop() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/inventory/", exchange -> {
            long id = Long.parseLong(exchange.getRequestURI().getPath().substring("/api/inventory/".length()));
            answer(
                    exchange,
                    200,
                    "{\"productId\":%d,\"available\":%d,\"reserved\":%d}"
                            .formatted(id, 100 - id, id == 4 ? reservedOfProduct4 : 0));
        });
        server.createContext("/api/orders", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            if (query == null) {
                answer(exchange, 404, "{\"title\":\"Not Found\"}");
            } else {
                // 150 orders of one unit of product 1, in pages of 100.
                int count = query.contains("page=0") ? 100 : 50;
                String order =
                        "{\"id\":\"o\",\"status\":\"CONFIRMED\",\"total\":10.00,\"currency\":\"EUR\",\"lines\":[{\"productId\":1,\"quantity\":1}]}";
                answer(
                        exchange,
                        200,
                        "{\"items\":[" + String.join(",", Collections.nCopies(count, order)) + "],\"totalItems\":150}");
            }
        });
        server.start();
        shop = new ShopApi("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopFakeShop() {
        server.stop(0);
    }

    @Test
    void readsTheShelfOnceNothingIsReserved() {
        Optional<Map<Long, Long>> shelf = shop.quietShelf(Duration.ofSeconds(5));

        assertThat(shelf)
                .hasValueSatisfying(
                        units -> assertThat(units).hasSize(ShopApi.PRODUCTS).containsEntry(4L, 96L));
    }

    @Test
    void aShelfWithStockStillReservedIsNoShelfAtAll() {
        reservedOfProduct4 = 1;

        assertThat(shop.quietShelf(Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void readsEveryPageOfACustomersOrders() {
        Map<String, List<JsonNode>> orders = shop.ordersOf(List.of("ada"));

        assertThat(orders.get("ada")).hasSize(150);
        assertThat(OrderSeen.of(orders.get("ada").get(0)).total()).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void anOrderTheShopDoesNotKnowIsAnAnswer() {
        assertThat(shop.order("o-lost")).isEqualTo(OrderSeen.unknown("o-lost"));
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
