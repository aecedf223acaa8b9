package io.shoplab.lab.chaos;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.shoplab.lab.experiment.MoneyConservation;
import tools.jackson.databind.JsonNode;

/**
 * What the shop says after a run, once quiet, read through the public API and the modules' read-only
 * operations endpoints: the material of the checks.
 *
 * @param heldReservations orders whose stock is still held ({@code GET /actuator/reservations})
 * @param capturedPayments the captured payments by order id ({@code GET /actuator/payments})
 * @param orders {@code GET /api/orders/{id}} of every order the checks ask about: the run's acknowledged
 *               orders and the captured payments not already known to be {@code CONFIRMED}
 * @param ordersByCustomer every order in the list of each of the run's customers ({@code GET /api/orders?customerId=…})
 * @param moneyOrders the orders the money rule looks at: every order read for this run, and every order of the
 *                    campaign seen {@code CONFIRMED} so far
 */
record ShopState(Set<String> heldReservations, Map<String, MoneyConservation.Capture> capturedPayments, Map<String, OrderLookup> orders,
                 Map<String, List<JsonNode>> ordersByCustomer, Collection<MoneyConservation.OrderSeen> moneyOrders) {

    ShopState {
        heldReservations = Set.copyOf(heldReservations);
        capturedPayments = Map.copyOf(capturedPayments);
        orders = Map.copyOf(orders);
        ordersByCustomer = Map.copyOf(ordersByCustomer);
        moneyOrders = List.copyOf(moneyOrders);
    }

    /**
     * The answer to {@code GET /api/orders/{id}}.
     *
     * @param httpStatus 200, or 404 when the shop does not know the order
     * @param status the order's status when found
     * @param body the order when found; {@code null} for one known CONFIRMED from an earlier run and not read again
     */
    record OrderLookup(int httpStatus, String status, JsonNode body) {

        static OrderLookup notFound() {
            return new OrderLookup(404, null, null);
        }

        static OrderLookup confirmedEarlier() {
            return new OrderLookup(200, "CONFIRMED", null);
        }

        String describe() {
            return httpStatus == 200 ? status : "unknown to the shop (" + httpStatus + ")";
        }
    }
}
