package io.shoplab.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.shoplab.platform.db.ModuleSchema;
import io.shoplab.platform.web.ServiceUnavailableException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalog's prices, inventory and payments for the monolith's placement, the latter two keeping
 * their state in tables of the same database (schema {@code orderfakes}), so the test sees whether the
 * placement's transaction really covers the participants' writes.
 */
class TransactionalParticipants implements StockReservations, PaymentGateway {

    /** Import this: the schema's bean must not depend on the JDBC client that waits for its migration. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        ModuleSchema orderFakesSchema() {
            return new ModuleSchema("orderfakes");
        }

        @Bean
        TransactionalParticipants participants(JdbcClient jdbc) {
            return new TransactionalParticipants(jdbc);
        }

        @Bean
        PriceList prices() {
            return new FixedPrices();
        }
    }

    private final JdbcClient jdbc;

    /** When set, the next capture fails as an unreachable payments module would. */
    volatile boolean paymentsDown;

    TransactionalParticipants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void stock(long productId, int available) {
        jdbc.sql(
                        "INSERT INTO orderfakes.stock VALUES (?, ?) ON CONFLICT (product_id) DO UPDATE SET available = EXCLUDED.available")
                .params(productId, available)
                .update();
    }

    int available(long productId) {
        return jdbc.sql("SELECT available FROM orderfakes.stock WHERE product_id = ?")
                .param(productId)
                .query(Integer.class)
                .single();
    }

    /** The order's holds by state, e.g. {COMMITTED=3}: quantities summed. */
    Map<String, Integer> holdsOf(UUID orderId) {
        return jdbc
                .sql("SELECT state, sum(quantity) AS quantity FROM orderfakes.hold WHERE order_id = ? GROUP BY state")
                .param(orderId)
                .query((row, n) -> Map.entry(row.getString("state"), row.getInt("quantity")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long holdCount() {
        return jdbc.sql("SELECT count(*) FROM orderfakes.hold")
                .query(Long.class)
                .single();
    }

    String paymentOf(UUID orderId) {
        return jdbc.sql("SELECT state || ' ' || amount FROM orderfakes.payment WHERE order_id = ?")
                .param(orderId)
                .query(String.class)
                .optional()
                .orElse("none");
    }

    @Override
    public boolean reserve(UUID orderId, List<Order.Line> lines) {
        Map<Long, Integer> wanted =
                lines.stream().collect(Collectors.toMap(Order.Line::productId, Order.Line::quantity, Integer::sum));
        boolean enough = wanted.entrySet().stream().allMatch(item -> available(item.getKey()) >= item.getValue());
        if (!enough) {
            return false;
        }
        wanted.forEach((productId, quantity) -> {
            jdbc.sql("UPDATE orderfakes.stock SET available = available - ? WHERE product_id = ?")
                    .params(quantity, productId)
                    .update();
            jdbc.sql("INSERT INTO orderfakes.hold VALUES (?, ?, ?, 'RESERVED')")
                    .params(orderId, productId, quantity)
                    .update();
        });
        return true;
    }

    @Override
    public boolean commit(UUID orderId) {
        jdbc.sql("UPDATE orderfakes.hold SET state = 'COMMITTED' WHERE order_id = ? AND state = 'RESERVED'")
                .param(orderId)
                .update();
        return true;
    }

    @Override
    public boolean release(UUID orderId) {
        jdbc.sql("""
                UPDATE orderfakes.stock s SET available = available + h.quantity FROM orderfakes.hold h
                WHERE h.order_id = ? AND h.state = 'RESERVED' AND h.product_id = s.product_id""").param(orderId).update();
        jdbc.sql("UPDATE orderfakes.hold SET state = 'RELEASED' WHERE order_id = ? AND state = 'RESERVED'")
                .param(orderId)
                .update();
        return true;
    }

    @Override
    public boolean capture(UUID orderId, String customerId, BigDecimal amount, String currency, String paymentToken) {
        if (paymentsDown) {
            throw new ServiceUnavailableException("payments", "payments cannot answer", null);
        }
        String state = "tok_declined".equals(paymentToken) ? "DECLINED" : "CAPTURED";
        jdbc.sql("INSERT INTO orderfakes.payment VALUES (?, ?, ?)")
                .params(orderId, amount, state)
                .update();
        return state.equals("CAPTURED");
    }

    @Override
    public void refund(UUID orderId) {
        jdbc.sql("UPDATE orderfakes.payment SET state = 'REFUNDED' WHERE order_id = ? AND state = 'CAPTURED'")
                .param(orderId)
                .update();
    }

    @Override
    public PaymentState stateOf(UUID orderId) {
        throw new UnsupportedOperationException("only the saga's recovery asks");
    }
}
