package io.shoplab.payments;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

import io.shoplab.platform.actuator.EndpointArguments;

/**
 * {@code GET /actuator/payments[?status=…]}: the orders whose payment is in a state, by default
 * {@code CAPTURED} (money taken). Every captured payment must belong to a {@code CONFIRMED} order once
 * the orders are settled, which the lab's chaos campaign checks after each run. Read-only, on the app's
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
        PaymentStatus wanted = status == null ? PaymentStatus.CAPTURED
                : EndpointArguments.enumNamed(PaymentStatus.class, status, "payment status");
        List<UUID> orderIds = payments.ordersIn(wanted);
        return new OrdersInState(wanted, orderIds.size(), orderIds);
    }

    /** @param orderIds oldest payment first */
    record OrdersInState(PaymentStatus status, int count, List<UUID> orderIds) {
    }
}
