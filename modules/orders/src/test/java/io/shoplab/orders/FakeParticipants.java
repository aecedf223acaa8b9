package io.shoplab.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.shoplab.platform.web.ServiceUnavailableException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * In-memory stand-ins for the catalog, inventory and payments, with the same idempotency rules as the
 * real modules, and a switch that makes one of them "down" the way a remote adapter reports it.
 */
@TestConfiguration(proxyBeanMethods = false)
class FakeParticipants {

    @Bean
    PriceList fakePrices() {
        return new FixedPrices();
    }

    @Bean
    Stock fakeStock() {
        return new Stock();
    }

    @Bean
    Money fakePayments() {
        return new Money();
    }

    /** Holds per order: RESERVED, COMMITTED, RELEASED or OUT_OF_STOCK. */
    static class Stock implements StockReservations {

        final Map<UUID, String> holds = new ConcurrentHashMap<>();
        volatile boolean outOfStock;
        volatile boolean down;

        @Override
        public boolean reserve(UUID orderId, List<Order.Line> lines) {
            failIfDown();
            return holds.computeIfAbsent(orderId, id -> outOfStock ? "OUT_OF_STOCK" : "RESERVED")
                    .equals("RESERVED");
        }

        @Override
        public boolean commit(UUID orderId) {
            failIfDown();
            return "COMMITTED"
                    .equals(holds.computeIfPresent(
                            orderId, (id, state) -> state.equals("RESERVED") ? "COMMITTED" : state));
        }

        @Override
        public boolean release(UUID orderId) {
            failIfDown();
            return !"COMMITTED"
                    .equals(holds.merge(
                            orderId, "RELEASED", (state, released) -> state.equals("RESERVED") ? released : state));
        }

        private void failIfDown() {
            if (down) {
                throw new ServiceUnavailableException("inventory", "inventory is down", null);
            }
        }
    }

    /** Payment state per order, as the payments module keeps it. */
    static class Money implements PaymentGateway {

        final Map<UUID, PaymentState> payments = new ConcurrentHashMap<>();
        /** The next capture is held here before it reaches the provider. */
        final AtomicReference<Pause> nextCapture = new AtomicReference<>();
        /** Readers of the state held after the provider answered, by order. */
        final Map<UUID, Pause> stateRead = new ConcurrentHashMap<>();
        /** Orders whose state the provider cannot tell: every question about them fails unexpectedly. */
        final Set<UUID> poisoned = ConcurrentHashMap.newKeySet();
        /** When set, a capture is refused as a 4xx answer would be. */
        volatile RuntimeException refusal;

        volatile boolean down;

        @Override
        public boolean capture(
                UUID orderId, String customerId, BigDecimal amount, String currency, String paymentToken) {
            failIfDown();
            Optional.ofNullable(nextCapture.getAndSet(null)).ifPresent(Pause::here);
            if (refusal != null) {
                throw refusal;
            }
            PaymentState decision = "tok_declined".equals(paymentToken) ? PaymentState.DECLINED : PaymentState.CAPTURED;
            return payments.computeIfAbsent(orderId, id -> decision) == PaymentState.CAPTURED;
        }

        @Override
        public void refund(UUID orderId) {
            failIfDown();
            payments.merge(
                    orderId, PaymentState.UNDONE, (state, undone) -> state == PaymentState.CAPTURED ? undone : state);
        }

        @Override
        public PaymentState stateOf(UUID orderId) {
            failIfDown();
            if (poisoned.contains(orderId)) {
                throw new IllegalStateException("the provider's record of order " + orderId + " is unreadable");
            }
            PaymentState state = payments.getOrDefault(orderId, PaymentState.NONE);
            Optional.ofNullable(stateRead.remove(orderId)).ifPresent(Pause::here);
            return state;
        }

        private void failIfDown() {
            if (down) {
                throw new ServiceUnavailableException("payments", "payments is down", null);
            }
        }
    }
}
