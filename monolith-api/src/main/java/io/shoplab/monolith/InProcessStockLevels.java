package io.shoplab.monolith;

import org.springframework.stereotype.Component;

import io.shoplab.catalog.Availability;
import io.shoplab.catalog.StockLevels;
import io.shoplab.inventory.Inventory;

@Component
class InProcessStockLevels implements StockLevels {

    private final Inventory inventory;

    InProcessStockLevels(Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public Availability availabilityOf(long productId) {
        return Availability.of(inventory.stockOf(productId).available());
    }
}
