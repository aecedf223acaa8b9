package io.shoplab.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import io.shoplab.orders.FakeParticipants.Money;
import io.shoplab.orders.FakeParticipants.Stock;
import io.shoplab.orders.PaymentGateway.PaymentState;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the saga's tests read back: orders as stored, and the promise that nothing is left half-done. */
record SagaLedger(JdbcClient jdbc, Stock stock, Money payments) {

    String statusOf(UUID orderId) {
        return jdbc.sql("SELECT status FROM orders.customer_order WHERE id = ?")
                .param(orderId)
                .query(String.class)
                .single();
    }

    List<UUID> pendingOrdersOf(String customer) {
        return jdbc.sql("SELECT id FROM orders.customer_order WHERE customer_id = ? AND status = 'PENDING'")
                .param(customer)
                .query(UUID.class)
                .list();
    }

    UUID onlyPendingOrderOf(String customer) {
        List<UUID> pending = pendingOrdersOf(customer);
        assertThat(pending).hasSize(1);
        return pending.get(0);
    }

    /** A confirmed order has its stock sold and its money taken; any other has neither, and holds nothing. */
    void assertNothingHalfDone(UUID orderId) {
        String status = statusOf(orderId);
        String hold = stock.holds.get(orderId);
        PaymentState payment = payments.payments.getOrDefault(orderId, PaymentState.NONE);
        String seen = "order " + status + ", stock " + hold + ", payment " + payment;
        if (status.equals("CONFIRMED")) {
            assertThat(hold).as(seen).isEqualTo("COMMITTED");
            assertThat(payment).as(seen).isEqualTo(PaymentState.CAPTURED);
        } else {
            assertThat(status).as(seen).isIn("REJECTED", "ABORTED");
            assertThat(hold).as(seen).isNotIn("RESERVED", "COMMITTED");
            assertThat(payment).as(seen).isNotEqualTo(PaymentState.CAPTURED);
        }
    }
}
