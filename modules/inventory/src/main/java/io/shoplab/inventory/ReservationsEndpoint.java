package io.shoplab.inventory;

import java.util.List;
import java.util.UUID;

import io.shoplab.platform.actuator.EndpointArguments;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/reservations[?status=…]}: the orders whose reservation is in a state, by default
 * {@code RESERVED} (stock still held). Once every order is settled nothing may stay held, which the lab's
 * chaos campaign checks after each run. Read-only, on the app's own port (the gateway never routes
 * {@code /actuator/**}); the same in the monolith and in inventory-service, since it comes with the module.
 */
@Component
@Endpoint(id = "reservations")
class ReservationsEndpoint {

    private final ReservationRepository reservations;

    ReservationsEndpoint(ReservationRepository reservations) {
        this.reservations = reservations;
    }

    /** @param status a {@link ReservationStatus} name, any case; {@code RESERVED} when absent */
    @ReadOperation
    OrdersInState ordersIn(@Nullable String status) {
        ReservationStatus wanted = status == null
                ? ReservationStatus.RESERVED
                : EndpointArguments.enumNamed(ReservationStatus.class, status, "reservation status");
        List<UUID> orderIds = reservations.ordersIn(wanted);
        return new OrdersInState(wanted, orderIds.size(), orderIds);
    }

    /** @param orderIds oldest reservation first */
    record OrdersInState(ReservationStatus status, int count, List<UUID> orderIds) {}
}
