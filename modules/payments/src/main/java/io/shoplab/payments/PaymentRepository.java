package io.shoplab.payments;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PaymentRepository {

    private static final String COLUMNS = "order_id, customer_id, amount, currency, status, created_at";

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Payment> find(UUID orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments.payment WHERE order_id = ?")
                .param(orderId)
                .query(Payment.class)
                .optional();
    }

    Optional<Payment> lock(UUID orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments.payment WHERE order_id = ? FOR UPDATE")
                .param(orderId)
                .query(Payment.class)
                .optional();
    }

    /** The payments in the state, oldest first. */
    List<Payment> in(PaymentStatus status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments.payment WHERE status = ? ORDER BY created_at, order_id")
                .param(status.name())
                .query(Payment.class)
                .list();
    }

    void insert(PaymentRequest request, PaymentStatus status) {
        jdbc.sql(
                        "INSERT INTO payments.payment (order_id, customer_id, amount, currency, status) VALUES (?, ?, ?, ?, ?)")
                .params(request.orderId(), request.customerId(), request.amount(), request.currency(), status.name())
                .update();
    }

    void insertVoid(UUID orderId) {
        jdbc.sql("INSERT INTO payments.payment (order_id, status) VALUES (?, ?)")
                .params(orderId, PaymentStatus.VOIDED.name())
                .update();
    }

    void updateStatus(UUID orderId, PaymentStatus status) {
        jdbc.sql("UPDATE payments.payment SET status = ?, updated_at = now() WHERE order_id = ?")
                .params(status.name(), orderId)
                .update();
    }
}
