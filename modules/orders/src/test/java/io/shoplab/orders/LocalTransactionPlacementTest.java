package io.shoplab.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.shoplab.platform.test.ModuleDataTest;
import io.shoplab.platform.web.InvalidRequestException;
import io.shoplab.platform.web.PageOf;
import io.shoplab.platform.web.ServiceUnavailableException;
import io.shoplab.platform.web.UnprocessableRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monolith's placement: stock, payment and order in one local transaction. Every order ends
 * {@code CONFIRMED} or {@code REJECTED} with nothing half-done, and a failure leaves nothing at all.
 */
@ModuleDataTest
@Import({
    Orders.class,
    OrderRepository.class,
    LocalTransactionPlacement.class,
    PlacementSteps.class,
    OrdersConfiguration.class,
    TransactionalParticipants.Setup.class
})
// The placement commits its own transaction; the test must see what it committed (or did not).
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LocalTransactionPlacementTest {

    private static final AtomicInteger customers = new AtomicInteger();

    @Autowired
    private Orders orders;

    @Autowired
    private TransactionalParticipants participants;

    @Autowired
    private JdbcClient jdbc;

    private String customer;

    @BeforeEach
    void setUp() {
        customer = "local-" + customers.incrementAndGet();
        participants.stock(1, 1000);
        participants.stock(2, 1000);
        participants.stock(3, 1000);
    }

    @AfterEach
    void heal() {
        participants.paymentsDown = false;
    }

    @Test
    void aConfirmedOrderTookItsStockAndItsExactTotal() {
        Order order = orders.place(request(customer, null, line(3, 3), line(2, 1), line(1, 7)), Optional.empty());

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.rejectionReason()).isNull();
        // 3 × 0.10 + 19.61 + 7 × 12.30, exact
        assertThat(order.total()).isEqualByComparingTo("106.01").hasScaleOf(2);
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.lines())
                .containsExactly(
                        new Order.Line(3, 3, new java.math.BigDecimal("0.10")),
                        new Order.Line(2, 1, new java.math.BigDecimal("19.61")),
                        new Order.Line(1, 7, new java.math.BigDecimal("12.30")));
        assertThat(participants.available(1)).isEqualTo(993);
        assertThat(participants.holdsOf(order.id())).containsExactlyEntriesOf(java.util.Map.of("COMMITTED", 11));
        assertThat(participants.paymentOf(order.id())).isEqualTo("CAPTURED 106.01");
        assertThat(orders.order(order.id())).isEqualTo(order);
    }

    @Test
    void outOfStockIsStoredRejectedWithNothingTakenOrCharged() {
        participants.stock(2, 1);

        Order order = orders.place(request(customer, null, line(1, 5), line(2, 2)), Optional.empty());

        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.rejectionReason()).isEqualTo(RejectionReason.OUT_OF_STOCK);
        assertThat(participants.available(1)).isEqualTo(1000);
        assertThat(participants.available(2)).isEqualTo(1);
        assertThat(participants.paymentOf(order.id())).isEqualTo("none");
        assertThat(orders.order(order.id()).status()).isEqualTo(OrderStatus.REJECTED);
    }

    @Test
    void aDeclinedPaymentIsStoredRejectedWithTheStockGivenBack() {
        Order order = orders.place(request(customer, "tok_declined", line(1, 5)), Optional.empty());

        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.rejectionReason()).isEqualTo(RejectionReason.PAYMENT_DECLINED);
        assertThat(participants.available(1)).isEqualTo(1000);
        assertThat(participants.holdsOf(order.id())).containsOnlyKeys("RELEASED");
        assertThat(participants.paymentOf(order.id())).startsWith("DECLINED");
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstAnswerAndPlaceNothingNew() {
        PlaceOrder request = request(customer, null, line(1, 2));

        Order first = orders.place(request, Optional.of("key-" + customer));
        Order replay = orders.place(request(customer, null, line(1, 2)), Optional.of("key-" + customer));

        assertThat(replay).isEqualTo(first);
        assertThat(participants.available(1)).isEqualTo(998);
        assertThat(orders.ordersOf(customer, 0, 20).totalItems()).isEqualTo(1);
    }

    @Test
    void aReplayOfARejectedOrderIsTheSameRejection() {
        Order first = orders.place(request(customer, "tok_declined", line(1, 1)), Optional.of("key-" + customer));

        Order replay = orders.place(request(customer, "tok_declined", line(1, 1)), Optional.of("key-" + customer));

        assertThat(replay.id()).isEqualTo(first.id());
        assertThat(replay.rejectionReason()).isEqualTo(RejectionReason.PAYMENT_DECLINED);
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessableAndPlacesNothing() {
        orders.place(request(customer, null, line(1, 2)), Optional.of("key-" + customer));

        assertThatThrownBy(() -> orders.place(request(customer, null, line(1, 3)), Optional.of("key-" + customer)))
                .isInstanceOf(UnprocessableRequestException.class);
        assertThatThrownBy(() ->
                        orders.place(request(customer, "tok_declined", line(1, 2)), Optional.of("key-" + customer)))
                .isInstanceOf(UnprocessableRequestException.class);

        assertThat(participants.available(1)).isEqualTo(998);
        assertThat(orders.ordersOf(customer, 0, 20).totalItems()).isEqualTo(1);
    }

    @Test
    void concurrentRequestsWithOneKeyPlaceOneOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Order>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return orders.place(request(customer, null, line(2, 3)), Optional.of("key-" + customer));
                }));
            }
            go.countDown();

            Set<UUID> ids = new java.util.HashSet<>();
            for (Future<Order> answer : answers) {
                ids.add(answer.get(60, TimeUnit.SECONDS).id());
            }

            assertThat(ids).hasSize(1);
            assertThat(storedOrdersOf(customer)).isEqualTo(1);
            assertThat(participants.available(2)).isEqualTo(997);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownProductIsInvalidNamingTheLineAndNothingIsStored() {
        long holdsBefore = participants.holdCount();

        assertThatThrownBy(() ->
                        orders.place(request(customer, null, line(1, 1), line(404, 1)), Optional.of("key-" + customer)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        invalid -> assertThat(invalid.problems())
                                .singleElement()
                                .satisfies(
                                        problem -> assertThat(problem.field()).isEqualTo("lines[1].productId")));

        assertThat(storedOrdersOf(customer)).isZero();
        assertThat(participants.holdCount()).isEqualTo(holdsBefore);
        assertThat(participants.available(1)).isEqualTo(1000);
    }

    @Test
    void aFailingPaymentPortRollsBackTheOrderAndItsStock() {
        participants.paymentsDown = true;

        assertThatThrownBy(() ->
                        orders.place(request(customer, null, line(1, 4), line(2, 1)), Optional.of("key-" + customer)))
                .isInstanceOf(ServiceUnavailableException.class);

        assertThat(storedOrdersOf(customer)).isZero();
        assertThat(participants.available(1)).isEqualTo(1000);
        assertThat(participants.available(2)).isEqualTo(1000);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM orderfakes.hold h LEFT JOIN orders.customer_order o ON o.id = h.order_id WHERE o.id IS NULL")
                        .query(Long.class)
                        .single())
                .isZero();

        // The key was not kept either: once payments answer, the client's retry places the order.
        participants.paymentsDown = false;
        Order retried = orders.place(request(customer, null, line(1, 4), line(2, 1)), Optional.of("key-" + customer));
        assertThat(retried.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(participants.available(1)).isEqualTo(996);
    }

    @Test
    void aCustomersOrdersAreListedNewestFirstAndPaged() {
        List<UUID> placed = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placed.add(orders.place(request(customer, null, line(1, 1)), Optional.empty())
                    .id());
        }

        PageOf<Order> first = orders.ordersOf(customer, 0, 2);
        PageOf<Order> last = orders.ordersOf(customer, 2, 2);

        assertThat(first.items()).extracting(Order::id).containsExactly(placed.get(4), placed.get(3));
        assertThat(last.items()).extracting(Order::id).containsExactly(placed.get(0));
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(orders.ordersOf("nobody-" + customer, 0, 20).items()).isEmpty();
    }

    private long storedOrdersOf(String customerId) {
        return jdbc.sql("SELECT count(*) FROM orders.customer_order WHERE customer_id = ?")
                .param(customerId)
                .query(Long.class)
                .single();
    }

    private static PlaceOrder request(String customerId, String paymentToken, PlaceOrder.Line... lines) {
        return new PlaceOrder(customerId, List.of(lines), paymentToken);
    }

    private static PlaceOrder.Line line(long productId, int quantity) {
        return new PlaceOrder.Line(productId, quantity);
    }
}
