package io.shoplab.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reservations per order and the items they hold. */
@Repository
class ReservationRepository {

    private final JdbcClient jdbc;

    ReservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReservationStatus> statusOf(UUID orderId) {
        return jdbc.sql("SELECT status FROM inventory.reservation WHERE order_id = ?")
                .param(orderId)
                .query(String.class)
                .optional()
                .map(ReservationStatus::valueOf);
    }

    /** The status, with the row locked until the transaction ends, so two settlements cannot both apply. */
    Optional<ReservationStatus> lockStatusOf(UUID orderId) {
        return jdbc.sql("SELECT status FROM inventory.reservation WHERE order_id = ? FOR UPDATE")
                .param(orderId)
                .query(String.class)
                .optional()
                .map(ReservationStatus::valueOf);
    }

    /** The orders whose reservation is in the state, oldest first (an index covers {@code RESERVED}). */
    List<UUID> ordersIn(ReservationStatus status) {
        return jdbc.sql("SELECT order_id FROM inventory.reservation WHERE status = ? ORDER BY created_at, order_id")
                .param(status.name())
                .query(UUID.class)
                .list();
    }

    void insert(UUID orderId, ReservationStatus status, Map<Long, Integer> items) {
        jdbc.sql("INSERT INTO inventory.reservation (order_id, status) VALUES (?, ?)")
                .params(orderId, status.name())
                .update();
        items.forEach((productId, quantity) -> jdbc.sql(
                        "INSERT INTO inventory.reservation_item (order_id, product_id, quantity) VALUES (?, ?, ?)")
                .params(orderId, productId, quantity)
                .update());
    }

    Map<Long, Integer> itemsOf(UUID orderId) {
        Map<Long, Integer> items = new LinkedHashMap<>();
        jdbc.sql("SELECT product_id, quantity FROM inventory.reservation_item WHERE order_id = ? ORDER BY product_id")
                .param(orderId)
                .query(row -> {
                    items.put(row.getLong("product_id"), row.getInt("quantity"));
                });
        return items;
    }

    void updateStatus(UUID orderId, ReservationStatus status) {
        jdbc.sql("UPDATE inventory.reservation SET status = ?, updated_at = now() WHERE order_id = ?")
                .params(status.name(), orderId)
                .update();
    }
}
