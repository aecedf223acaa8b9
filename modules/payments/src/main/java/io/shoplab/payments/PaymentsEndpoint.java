package io.shoplab.payments;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

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
        PaymentStatus wanted = status == null ? PaymentStatus.CAPTURED : parse(status);
        List<UUID> orderIds = payments.ordersIn(wanted);
        return new OrdersInState(wanted, orderIds.size(), orderIds);
    }

    private static PaymentStatus parse(String status) {
        try {
            return PaymentStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException unknown) {
            String known = Arrays.toString(PaymentStatus.values());
            throw new InvalidEndpointRequestException("Unknown payment status '" + status + "'",
                    "unknown status '" + status + "'; one of " + known);
        }
    }

    /** @param orderIds oldest payment first */
    record OrdersInState(PaymentStatus status, int count, List<UUID> orderIds) {
    }
}
