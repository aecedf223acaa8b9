package io.shoplab.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.shoplab.orders.FakeParticipants.Money;
import io.shoplab.orders.FakeParticipants.Stock;
import io.shoplab.platform.test.ModuleDataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the lease of production (the default), whoever works on a pending order keeps it: recovery never
 * touches an order whose placement is still running, however long ago it began (the placement holds
 * the order, not the order's age), and two recovery instances never share one, nor wait for each other.
 */
@ModuleDataTest(properties = {"shoplab.orders.placement=saga", "shoplab.orders.replay-wait=200ms"})
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
class OrderLeaseTest {

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

    private static final long BOUND = 30;

    private SagaLedger ledger;

    @BeforeEach
    void ledger() {
        ledger = new SagaLedger(jdbc, stock, payments);
    }

    @Test
    void aLivePlacementKeepsItsOrderHoweverOldItIs() throws Exception {
        String customer = "live-" + UUID.randomUUID();
        Pause capture = new Pause();
        payments.nextCapture.set(capture);
        CompletableFuture<Order> placement = CompletableFuture.supplyAsync(() ->
                orders.place(new PlaceOrder(customer, List.of(new PlaceOrder.Line(1L, 2)), null), Optional.empty()));
        capture.awaitArrival();
        UUID id = ledger.onlyPendingOrderOf(customer);
        // The placement has been slow: by its creation time, the order is an hour old.
        jdbc.sql("UPDATE orders.customer_order SET created_at = now() - INTERVAL '1 hour' WHERE id = ?")
                .param(id)
                .update();

        recovery.recoverStalledOrders();

        assertThat(payments.payments).as("recovery voided nothing").doesNotContainKey(id);
        assertThat(stock.holds).as("recovery released nothing").containsEntry(id, "RESERVED");
        capture.letGo();
        assertThat(placement.get(30, TimeUnit.SECONDS).status()).isEqualTo(OrderStatus.CONFIRMED);
        ledger.assertNothingHalfDone(id);
    }

    @Test
    void twoRecoveriesAtOnceShareNoOrderAndDoNotWaitForEachOther() throws Exception {
        UUID first = stalledOrder();
        UUID second = stalledOrder();
        Pause paymentRead = new Pause();
        payments.stateRead.put(first, paymentRead);

        CompletableFuture<Void> one = CompletableFuture.runAsync(recovery::recoverStalledOrders);
        paymentRead.awaitArrival();
        recovery.recoverStalledOrders();

        assertThat(ledger.statusOf(second))
                .as("recovered by the second instance meanwhile")
                .isEqualTo("ABORTED");
        assertThat(ledger.statusOf(first)).as("still the first instance's").isEqualTo("PENDING");
        assertThat(stock.holds).containsEntry(first, "RESERVED");
        paymentRead.letGo();
        one.get(BOUND, TimeUnit.SECONDS);
        assertThat(ledger.statusOf(first)).isEqualTo("ABORTED");
        ledger.assertNothingHalfDone(first);
        ledger.assertNothingHalfDone(second);
    }

    /** An order whose placement crashed after reserving its stock: pending, its lease run out. */
    private UUID stalledOrder() {
        UUID id = UUID.randomUUID();
        OrderDraft draft = OrderDraft.of(
                "stalled-" + id, List.of(new Order.Line(1L, 2, new BigDecimal("12.30"))), "EUR", "tok_ok");
        repository.insertPending(id, draft, Optional.empty(), UUID.randomUUID(), Duration.ZERO);
        stock.reserve(id, draft.lines());
        return id;
    }
}
