package io.shoplab.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shoplab.orders.FakeParticipants.Money;
import io.shoplab.orders.FakeParticipants.Stock;
import io.shoplab.orders.PaymentGateway.PaymentState;
import io.shoplab.platform.test.ModuleDataTest;
import io.shoplab.platform.web.ServiceUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant that refuses a call of a valid order (a 4xx between services: it cannot take what it
 * was sent) is no reason for a 500, nor for stock held until recovery: the saga undoes the order at once.
 */
@ModuleDataTest(
        properties = {
            "shoplab.orders.placement=saga",
            "shoplab.orders.recovery.after=0s",
            "shoplab.orders.recovery.interval=0s",
            "shoplab.orders.replay-wait=200ms"
        })
@Import({
    Orders.class,
    OrderRepository.class,
    OrderLeases.class,
    SagaPlacement.class,
    SagaRecovery.class,
    SagaCompensation.class,
    PlacementSteps.class,
    OrdersConfiguration.class,
    FakeParticipants.class
})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RefusedParticipantTest {

    @Autowired
    Orders orders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Stock stock;

    @Autowired
    Money payments;

    @AfterEach
    void heal() {
        payments.refusal = null;
    }

    @Test
    void aRefusedCaptureIsUndoneAtOnceAndAnswered503() {
        SagaLedger ledger = new SagaLedger(jdbc, stock, payments);
        String customer = "refused-" + UUID.randomUUID();
        payments.refusal = new IllegalArgumentException("400 Bad Request: paymentToken must not be blank");

        assertThatThrownBy(() -> orders.place(
                        new PlaceOrder(customer, List.of(new PlaceOrder.Line(1L, 2)), "tok_ok"), Optional.empty()))
                .isInstanceOf(ServiceUnavailableException.class);

        List<UUID> placed = jdbc.sql("SELECT id FROM orders.customer_order WHERE customer_id = ?")
                .param(customer)
                .query(UUID.class)
                .list();
        assertThat(placed).singleElement().satisfies(id -> {
            assertThat(ledger.statusOf(id)).as("undone, not left for recovery").isEqualTo("ABORTED");
            assertThat(stock.holds).containsEntry(id, "RELEASED");
            assertThat(payments.payments).containsEntry(id, PaymentState.UNDONE);
        });
    }
}
