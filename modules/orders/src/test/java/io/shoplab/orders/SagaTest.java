package io.shoplab.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shoplab.orders.FakeParticipants.Money;
import io.shoplab.orders.FakeParticipants.Stock;
import io.shoplab.orders.PaymentGateway.PaymentState;
import io.shoplab.platform.test.ModuleDataTest;
import io.shoplab.platform.web.ConflictException;
import io.shoplab.platform.web.ServiceUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The saga of orders-service against in-memory participants: outcomes, a participant failing mid-way,
 * and recovery finishing or undoing what was left pending. Recovery is called directly (its schedule is
 * not imported), with a zero lease: an order counts as stalled as soon as nobody renews its lease, and
 * recovery may take over even a live placement, which the take-over tests use to force interleavings.
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
// The saga commits each step on its own; the test must see those commits.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SagaTest {

    @Autowired
    Orders orders;

    @Autowired
    SagaRecovery recovery;

    @Autowired
    OrderRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Stock stock;

    @Autowired
    Money payments;

    @AfterEach
    void heal() {
        stock.down = false;
        stock.outOfStock = false;
        payments.down = false;
    }

    @Test
    void confirmsWhenStockAndPaymentAreTaken() {
        Order order = orders.place(order(customer(), "tok_ok"), Optional.empty());

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(stock.holds).containsEntry(order.id(), "COMMITTED");
        assertThat(payments.payments).containsEntry(order.id(), PaymentState.CAPTURED);
    }

    @Test
    void rejectsOutOfStockWithoutCharging() {
        stock.outOfStock = true;

        Order order = orders.place(order(customer(), "tok_ok"), Optional.empty());

        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.rejectionReason()).isEqualTo(RejectionReason.OUT_OF_STOCK);
        assertThat(payments.payments).doesNotContainKey(order.id());
    }

    @Test
    void aDeclineGivesTheStockBack() {
        Order order = orders.place(order(customer(), "tok_declined"), Optional.empty());

        assertThat(order.rejectionReason()).isEqualTo(RejectionReason.PAYMENT_DECLINED);
        assertThat(stock.holds).containsEntry(order.id(), "RELEASED");
    }

    @Test
    void anUnavailableParticipantLeavesAPendingOrderThatRecoveryUndoes() {
        String customer = customer();
        payments.down = true;

        assertThatThrownBy(() -> orders.place(order(customer, "tok_ok"), Optional.of("key-" + customer)))
                .isInstanceOf(ServiceUnavailableException.class);
        UUID pending = onlyPendingOrderOf(customer);
        assertThat(stock.holds).containsEntry(pending, "RESERVED");
        assertThat(orders.ordersOf(customer, 0, 20).items())
                .as("a pending order is not shown")
                .isEmpty();

        assertThatThrownBy(() -> orders.place(order(customer, "tok_ok"), Optional.of("key-" + customer)))
                .as("a retry while the order stays pending waits, then is told to come back")
                .isInstanceOf(ConflictException.class);

        payments.down = false;
        recovery.recoverStalledOrders();

        assertThat(stock.holds).containsEntry(pending, "RELEASED");
        assertThat(payments.payments)
                .as("voided, so a late capture takes nothing")
                .containsEntry(pending, PaymentState.UNDONE);
        assertThat(repository.find(pending)).isEmpty();

        Order retried = orders.place(order(customer, "tok_ok"), Optional.of("key-" + customer));
        assertThat(retried.id()).as("the aborted order freed its key").isNotEqualTo(pending);
        assertThat(retried.status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void recoveryFinishesAnOrderWhoseMoneyWasTaken() {
        // A crash after the capture, before the commit: stock held, money taken, the order still pending.
        // Its placement is gone, so its lease runs out (at once, here) and nobody renews it.
        UUID crashed = UUID.randomUUID();
        OrderDraft draft =
                OrderDraft.of(customer(), List.of(new Order.Line(1L, 2, new BigDecimal("12.30"))), "EUR", "tok_ok");
        repository.insertPending(crashed, draft, Optional.empty(), UUID.randomUUID(), Duration.ZERO);
        stock.reserve(crashed, draft.lines());
        payments.capture(crashed, draft.customerId(), draft.total(), "EUR", "tok_ok");

        recovery.recoverStalledOrders();

        assertThat(stock.holds).containsEntry(crashed, "COMMITTED");
        assertThat(orders.order(crashed).status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void recoveryWaitsWhileAParticipantIsStillDown() {
        String customer = customer();
        stock.down = true;
        assertThatThrownBy(() -> orders.place(order(customer, "tok_ok"), Optional.empty()))
                .isInstanceOf(ServiceUnavailableException.class);
        UUID pending = onlyPendingOrderOf(customer);
        payments.down = true;

        recovery.recoverStalledOrders();

        assertThat(pendingOrdersOf(customer)).containsExactly(pending);
        payments.down = false;
        stock.down = false;
        recovery.recoverStalledOrders();
        assertThat(pendingOrdersOf(customer)).isEmpty();
    }

    private UUID onlyPendingOrderOf(String customer) {
        List<UUID> pending = pendingOrdersOf(customer);
        assertThat(pending).hasSize(1);
        return pending.get(0);
    }

    private List<UUID> pendingOrdersOf(String customer) {
        return jdbc.sql("SELECT id FROM orders.customer_order WHERE customer_id = ? AND status = 'PENDING'")
                .param(customer)
                .query(UUID.class)
                .list();
    }

    private static PlaceOrder order(String customer, String token) {
        return new PlaceOrder(customer, List.of(new PlaceOrder.Line(1L, 2), new PlaceOrder.Line(2L, 1)), token);
    }

    private static String customer() {
        return "saga-" + UUID.randomUUID();
    }
}
