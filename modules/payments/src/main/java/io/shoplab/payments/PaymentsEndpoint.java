package io.shoplab.payments;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.shoplab.platform.actuator.EndpointArguments;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/payments[?status=…]}: the orders whose payment is in a state, by default
 * {@code CAPTURED} (money taken), with the amounts. Every captured payment must belong to a {@code CONFIRMED}
 * order and equal its total once the orders are settled, which the lab checks after each experiment and chaos run. Read-only, on the app's
 * own port (the gateway never routes {@code /actuator/**}); the same in the monolith and in
 * payments-service, since it comes with the module.
 */
@Component
@Endpoint(id = "payments")
class PaymentsEndpoint {

    private final PaymentRepository payments;

    PaymentsEndpoint(PaymentRepository payments) {
        this.payments = payments;
    }

    /** @param status a {@link PaymentStatus} name, any case; {@code CAPTURED} when absent */
    @ReadOperation
    OrdersInState ordersIn(@Nullable String status) {
        PaymentStatus wanted = status == null
                ? PaymentStatus.CAPTURED
                : EndpointArguments.enumNamed(PaymentStatus.class, status, "payment status");
        List<Payment> inState = payments.in(wanted);
        return new OrdersInState(
                wanted,
                inState.size(),
                inState.stream().map(Payment::orderId).toList(),
                inState.stream()
                        .map(payment -> new Amount(payment.orderId(), payment.amount(), payment.currency()))
                        .toList());
    }

    /**
     * @param orderIds oldest payment first
     * @param payments the same orders in the same order, with what each payment is for
     */
    record OrdersInState(PaymentStatus status, int count, List<UUID> orderIds, List<Amount> payments) {}

    /** @param amount what was asked of the customer; {@code null} (and the currency too) for a void recorded before any capture */
    record Amount(
            UUID orderId,
            @Nullable BigDecimal amount,
            @Nullable String currency) {}
}
