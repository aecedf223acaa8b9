package io.shoplab.orders;

import java.util.List;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/pendingorders}: how many orders are still being placed or recovered, and the
 * ones recovery set aside because it kept failing on them (with the last error), which an operator
 * must settle by hand. Once the participants are healed and recovery has run, {@code count} is 0
 * unless something was set aside. Read-only, on the app's own port; the gateway never routes it.
 */
@Component
@Endpoint(id = "pendingorders")
class PendingOrdersEndpoint {

    private final OrderLeases leases;
    private final OrdersProperties properties;

    PendingOrdersEndpoint(OrderLeases leases, OrdersProperties properties) {
        this.leases = leases;
        this.properties = properties;
    }

    @ReadOperation
    PendingOrders pending() {
        return new PendingOrders(
                leases.countPending(), leases.setAside(properties.recovery().setAsideAfter()));
    }

    /** @param setAside oldest first */
    record PendingOrders(long count, List<OrderLeases.SetAside> setAside) {}
}
