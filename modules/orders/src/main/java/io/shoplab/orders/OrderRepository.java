package io.shoplab.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.shoplab.platform.web.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Orders with their lines. Only {@code CONFIRMED} and {@code REJECTED} orders are ever shown: a pending
 * one is not an answer yet, and an aborted one never became an order.
 */
@Repository
class OrderRepository {

    private static final String COLUMNS = "id, customer_id, status, rejection_reason, total, currency, created_at";

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the order {@code PENDING}, stamped with the database's clock and held by {@code owner} for
     * {@code lease}, so that recovery leaves it alone while its placement runs.
     */
    void insertPending(UUID id, OrderDraft draft, Optional<IdempotencyKey> key, UUID owner, Duration lease) {
        jdbc.sql("""
                INSERT INTO orders.customer_order
                    (id, customer_id, status, total, currency, payment_token, idempotency_key, request_fingerprint, created_at,
                     lease_owner, lease_until)
                VALUES (?, ?, 'PENDING', ?, ?, ?, ?, ?, date_trunc('milliseconds', now()), ?, now() + ? * INTERVAL '1 millisecond')""")
                .params(
                        id,
                        draft.customerId(),
                        draft.total(),
                        draft.currency(),
                        draft.paymentToken(),
                        key.map(IdempotencyKey::key).orElse(null),
                        key.map(IdempotencyKey::fingerprint).orElse(null),
                        owner,
                        lease.toMillis())
                .update();
        for (int i = 0; i < draft.lines().size(); i++) {
            Order.Line line = draft.lines().get(i);
            jdbc.sql(
                            "INSERT INTO orders.order_line (order_id, line_no, product_id, quantity, unit_price) VALUES (?, ?, ?, ?, ?)")
                    .params(id, i, line.productId(), line.quantity(), line.unitPrice())
                    .update();
        }
    }

    /** Records how the order ended, unless it is no longer pending or no longer {@code owner}'s; false then. */
    boolean settlePending(UUID id, UUID owner, OrderStatus status, RejectionReason reason) {
        return jdbc.sql("""
                UPDATE orders.customer_order SET status = ?, rejection_reason = ?, lease_owner = NULL, updated_at = now()
                WHERE id = ? AND status = 'PENDING' AND lease_owner = ?""")
                        .params(status.name(), reason == null ? null : reason.name(), id, owner)
                        .update()
                == 1;
    }

    /**
     * Gives up a pending order of {@code owner} whose parts were undone; frees its idempotency key for the
     * client's retry. False when it is not pending or not {@code owner}'s.
     */
    boolean abortPending(UUID id, UUID owner) {
        return jdbc.sql("""
                UPDATE orders.customer_order SET status = 'ABORTED', idempotency_key = NULL, lease_owner = NULL, updated_at = now()
                WHERE id = ? AND status = 'PENDING' AND lease_owner = ?""").params(id, owner).update() == 1;
    }

    Optional<Order> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM orders.customer_order WHERE id = ? AND status IN ('CONFIRMED', 'REJECTED')")
                .param(id)
                .query(this::header)
                .optional()
                .map(header -> header.withLines(linesOf(List.of(id)).getOrDefault(id, List.of())));
    }

    Optional<StoredKey> findByIdempotencyKey(String key) {
        return jdbc.sql("SELECT id, request_fingerprint, status FROM orders.customer_order WHERE idempotency_key = ?")
                .param(key)
                .query((row, n) -> new StoredKey(
                        row.getObject("id", UUID.class),
                        row.getString("request_fingerprint"),
                        "PENDING".equals(row.getString("status"))))
                .optional();
    }

    List<Order> pageOf(String customerId, int page, int size) {
        List<Order> headers = jdbc.sql("SELECT " + COLUMNS + """
                 FROM orders.customer_order WHERE customer_id = ? AND status IN ('CONFIRMED', 'REJECTED')
                ORDER BY seq DESC LIMIT ? OFFSET ?""")
                .params(customerId, size, PageOf.offset(page, size))
                .query(this::header)
                .list();
        Map<UUID, List<Order.Line>> lines =
                linesOf(headers.stream().map(Order::id).toList());
        return headers.stream()
                .map(order -> order.withLines(lines.getOrDefault(order.id(), List.of())))
                .toList();
    }

    long countOf(String customerId) {
        return jdbc.sql(
                        "SELECT count(*) FROM orders.customer_order WHERE customer_id = ? AND status IN ('CONFIRMED', 'REJECTED')")
                .param(customerId)
                .query(Long.class)
                .single();
    }

    private Map<UUID, List<Order.Line>> linesOf(List<UUID> orderIds) {
        Map<UUID, List<Order.Line>> lines = new HashMap<>();
        if (orderIds.isEmpty()) {
            return lines;
        }
        jdbc.sql(
                        "SELECT order_id, product_id, quantity, unit_price FROM orders.order_line WHERE order_id IN (:ids) ORDER BY line_no")
                .param("ids", orderIds)
                .query(row -> {
                    lines.computeIfAbsent(row.getObject("order_id", UUID.class), id -> new ArrayList<>())
                            .add(new Order.Line(
                                    row.getLong("product_id"),
                                    row.getInt("quantity"),
                                    row.getBigDecimal("unit_price")));
                });
        return lines;
    }

    private Order header(ResultSet row, int rowNumber) throws SQLException {
        String reason = row.getString("rejection_reason");
        return new Order(
                row.getObject("id", UUID.class),
                row.getString("customer_id"),
                OrderStatus.valueOf(row.getString("status")),
                reason == null ? null : RejectionReason.valueOf(reason),
                List.of(),
                row.getBigDecimal("total"),
                row.getString("currency"),
                row.getObject("created_at", OffsetDateTime.class));
    }

    /** @param pending whether the order with this key is still being placed (or recovered) */
    record StoredKey(UUID orderId, String fingerprint, boolean pending) {}
}
