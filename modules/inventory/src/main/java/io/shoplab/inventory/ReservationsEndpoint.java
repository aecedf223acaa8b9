package io.shoplab.inventory;

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
        ReservationStatus wanted = status == null ? ReservationStatus.RESERVED : parse(status);
        List<UUID> orderIds = reservations.ordersIn(wanted);
        return new OrdersInState(wanted, orderIds.size(), orderIds);
    }

    private static ReservationStatus parse(String status) {
        try {
            return ReservationStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException unknown) {
            String known = Arrays.toString(ReservationStatus.values());
            throw new InvalidEndpointRequestException("Unknown reservation status '" + status + "'",
                    "unknown status '" + status + "'; one of " + known);
        }
    }

    /** @param orderIds oldest reservation first */
    record OrdersInState(ReservationStatus status, int count, List<UUID> orderIds) {
    }
}
