package io.shoplab.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.shoplab.platform.test.ModuleDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /actuator/reservations} names the orders that still hold stock, and the others by state on request. */
@ModuleDataTest
@Import({
    InventoryConfiguration.class,
    Inventory.class,
    StockRepository.class,
    ReservationRepository.class,
    ReservationsEndpoint.class
})
class ReservationsEndpointTest {

    @Autowired
    private Inventory inventory;

    @Autowired
    private ReservationsEndpoint endpoint;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void listsTheOrdersHoldingStockByDefault() {
        long product = new TestStock(jdbc).product(10);
        UUID held = UUID.randomUUID();
        UUID released = UUID.randomUUID();
        UUID sold = UUID.randomUUID();
        inventory.reserve(held, List.of(new StockItem(product, 1)));
        inventory.reserve(released, List.of(new StockItem(product, 1)));
        inventory.release(released);
        inventory.reserve(sold, List.of(new StockItem(product, 1)));
        inventory.commit(sold);

        ReservationsEndpoint.OrdersInState reserved = endpoint.ordersIn(null);

        assertThat(reserved.status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(reserved.orderIds()).contains(held).doesNotContain(released, sold);
        assertThat(reserved.count()).isEqualTo(reserved.orderIds().size());
        assertThat(endpoint.ordersIn("released").orderIds()).contains(released).doesNotContain(held, sold);
        assertThat(endpoint.ordersIn("Committed").orderIds()).contains(sold);
    }

    @Test
    void refusesAnUnknownStatus() {
        assertThatThrownBy(() -> endpoint.ordersIn("lost")).isInstanceOf(InvalidEndpointRequestException.class);
    }
}
