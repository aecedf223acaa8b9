package io.shoplab.lab.chaos;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.shoplab.lab.shopapi.Capture;
import io.shoplab.lab.shopapi.OrderSeen;
import tools.jackson.databind.JsonNode;

/**
 * What the shop says after a run, once quiet, read through the public API and the modules' read-only
 * operations endpoints: the material of the checks.
 *
 * @param heldReservations orders whose stock is still held ({@code GET /actuator/reservations})
 * @param capturedPayments the captured payments by order id ({@code GET /actuator/payments})
 * @param orders {@code GET /api/orders/{id}} of every order the checks ask about: the run's acknowledged
 *               orders and the captured payments (those known {@code CONFIRMED} from an earlier run not read again)
 * @param ordersByCustomer every order in the list of each of the run's customers ({@code GET /api/orders?customerId=…})
 * @param moneyOrders the orders the money rule looks at: every order read for this run, and every order of the
 *                    campaign seen {@code CONFIRMED} so far
 */
record ShopState(
        Set<String> heldReservations,
        Map<String, Capture> capturedPayments,
        Map<String, OrderSeen> orders,
        Map<String, List<JsonNode>> ordersByCustomer,
        Collection<OrderSeen> moneyOrders) {}
