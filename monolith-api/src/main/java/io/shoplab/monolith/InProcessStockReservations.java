package io.shoplab.monolith;

import java.util.List;
import java.util.UUID;

import io.shoplab.inventory.Inventory;
import io.shoplab.inventory.ReservationStatus;
import io.shoplab.inventory.StockItem;
import io.shoplab.orders.Order;
import io.shoplab.orders.StockReservations;
import org.springframework.stereotype.Component;

@Component
class InProcessStockReservations implements StockReservations {

    private final Inventory inventory;

    InProcessStockReservations(Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public boolean reserve(UUID orderId, List<Order.Line> lines) {
        List<StockItem> items = lines.stream()
                .map(line -> new StockItem(line.productId(), line.quantity()))
                .toList();
        return inventory.reserve(orderId, items) == ReservationStatus.RESERVED;
    }

    @Override
    public boolean commit(UUID orderId) {
        return inventory.commit(orderId) == ReservationStatus.COMMITTED;
    }

    @Override
    public boolean release(UUID orderId) {
        return inventory.release(orderId) != ReservationStatus.COMMITTED;
    }
}
