package io.shoplab.services.inventory.reservations;

import java.util.List;

import io.shoplab.inventory.StockItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The items an order wants held, all or none. Boxed numbers, so a missing one is a 400, not a 0. */
record ReservationRequest(@NotEmpty List<@NotNull @Valid Item> items) {

    List<StockItem> stockItems() {
        return items.stream()
                .map(item -> new StockItem(item.productId(), item.quantity()))
                .toList();
    }

    record Item(
            @NotNull @Positive Long productId,
            @NotNull @Positive Integer quantity) {}
}
