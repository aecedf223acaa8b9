package io.shoplab.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery racing what else works on pending orders, with the interleavings forced by pauses in the
 * participants: a placement slower than its lease, a poison order. The
 * context is {@link SagaTest}' (a zero lease), so recovery may take over any order nobody renews.
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
class RecoveryTakeOverTest {

    private static final long BOUND = 30;

    @Autowired
    Orders orders;

    @Autowired
    SagaRecovery recovery;

    @Autowired
    OrderRepository repository;

    @Autowired
    OrderLeases leases;

    @Autowired
    OrdersProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Stock stock;

    @Autowired
    Money payments;

    private SagaLedger ledger;

    @BeforeEach
    void ledger() {
        ledger = new SagaLedger(jdbc, stock, payments);
    }

    @AfterEach
    void heal() {
        payments.poisoned.clear();
    }

    @Test
    void recoveryTakingOverASlowPlacementLeavesNothingHalfDone() throws Exception {
        String customer = customer();
        Pause capture = new Pause();
        payments.nextCapture.set(capture);
        CompletableFuture<Order> placement =
                CompletableFuture.supplyAsync(() -> orders.place(order(customer), Optional.empty()));
        capture.awaitArrival();
        UUID id = ledger.onlyPendingOrderOf(customer);

        // Recovery looks at the payment while the capture is on its way: none yet.
        Pause paymentRead = new Pause();
        payments.stateRead.put(id, paymentRead);
        CompletableFuture<Void> recovering = CompletableFuture.runAsync(recovery::recoverStalledOrders);
        paymentRead.awaitArrival();
        // The capture lands now, and the placement goes on as far as it may.
        capture.letGo();
        await().atMost(Duration.ofSeconds(BOUND))
                .until(() -> placement.isDone() || "COMMITTED".equals(stock.holds.get(id)));
        paymentRead.letGo();

        recovering.get(BOUND, TimeUnit.SECONDS);
        placement.handle((order, failure) -> order).get(BOUND, TimeUnit.SECONDS);
        ledger.assertNothingHalfDone(id);
    }

    @Test
    void aPoisonOrderIsSetAsideWithoutHoldingUpTheOthers() {
        UUID poison = stalledOrder();
        UUID healthy = stalledOrder();
        payments.poisoned.add(poison);

        assertThatCode(recovery::recoverStalledOrders).doesNotThrowAnyException();

        assertThat(ledger.statusOf(healthy)).isEqualTo("ABORTED");
        assertThat(ledger.statusOf(poison)).isEqualTo("PENDING");
        for (int round = 1; round < properties.recovery().setAsideAfter(); round++) {
            recovery.recoverStalledOrders();
        }
        recovery.recoverStalledOrders();

        var pending = new PendingOrdersEndpoint(leases, properties).pending();
        assertThat(pending.setAside()).singleElement().satisfies(setAside -> {
            assertThat(setAside.orderId()).isEqualTo(poison);
            assertThat(setAside.failures())
                    .as("not tried again once set aside")
                    .isEqualTo(properties.recovery().setAsideAfter());
            assertThat(setAside.error()).contains("unreadable");
        });
        payments.poisoned.clear();
        jdbc.sql("UPDATE orders.customer_order SET status = 'ABORTED' WHERE id = ?")
                .param(poison)
                .update();
    }

    /** An order whose placement crashed after reserving its stock: pending, its lease run out. */
    private UUID stalledOrder() {
        UUID id = UUID.randomUUID();
        OrderDraft draft =
                OrderDraft.of(customer(), List.of(new Order.Line(1L, 2, new BigDecimal("12.30"))), "EUR", "tok_ok");
        repository.insertPending(id, draft, Optional.empty(), UUID.randomUUID(), Duration.ZERO);
        stock.reserve(id, draft.lines());
        return id;
    }

    private static PlaceOrder order(String customer) {
        return new PlaceOrder(customer, List.of(new PlaceOrder.Line(1L, 2)), "tok_ok");
    }

    private static String customer() {
        return "takeover-" + UUID.randomUUID();
    }
}
