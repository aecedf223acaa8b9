package io.shoplab.monolith;

import io.shoplab.catalog.Availability;
import io.shoplab.catalog.StockLevels;
import io.shoplab.inventory.Inventory;
import org.springframework.stereotype.Component;

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
