package io.shoplab.lab.invariants;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.shoplab.lab.shopapi.RequestRecord;

/**
 * No order is left half-done once the shop is quiet: no stock stays reserved (a payment left captured for an order
 * not {@code CONFIRMED} breaks {@link MoneyConservation}).
 *
 * @param held the orders whose stock is still held ({@code /actuator/reservations})
 * @param requests the load's requests, to show those that name a held order
 */
public record NoHalfDone(Collection<String> held, List<RequestRecord> requests) {

    public static final String NAME = "no order half-done";

    public Finding check() {
        if (held.isEmpty()) {
            return Finding.held(NAME, "no stock held");
        }
        Set<String> orders = new TreeSet<>(held);
        return Finding.broken(
                NAME,
                orders.size() + " orders still hold stock once quiet: " + Evidence.first(orders),
                Evidence.naming(requests, orders));
    }
}
