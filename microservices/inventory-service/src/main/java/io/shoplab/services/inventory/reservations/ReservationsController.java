package io.shoplab.services.inventory.reservations;

import java.util.UUID;

import io.shoplab.inventory.Inventory;
import io.shoplab.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The saga's calls into inventory, keyed by order id. Each is idempotent (the module guarantees it),
 * so orders-service may repeat any of them after a timeout without taking stock twice.
 */
@RestController
@RequestMapping("/internal/reservations/{orderId}")
@Tag(
        name = "Reservations (internal)",
        description = "Stock held for orders; called by orders-service only, never routed by the gateway.")
class ReservationsController {

    private final Inventory inventory;

    ReservationsController(Inventory inventory) {
        this.inventory = inventory;
    }

    @PutMapping
    @Operation(
            summary = "Hold the items for the order, all or none",
            description = "Idempotent: asked again, answers what was decided first (RESERVED or OUT_OF_STOCK); "
                    + "after a release it answers RELEASED and holds nothing.")
    ReservationAnswer reserve(@PathVariable UUID orderId, @Valid @RequestBody ReservationRequest request) {
        return new ReservationAnswer(orderId, inventory.reserve(orderId, request.stockItems()));
    }

    @PostMapping("/commit")
    @Operation(
            summary = "Turn the order's hold into a sale",
            description = "Idempotent; a no-op unless the order holds stock.")
    ReservationAnswer commit(@PathVariable UUID orderId) {
        return new ReservationAnswer(orderId, inventory.commit(orderId));
    }

    @PostMapping("/release")
    @Operation(
            summary = "Give the order's hold back",
            description =
                    "Idempotent. Releasing an order that never reserved leaves a marker, so a late reservation holds nothing.")
    ReservationAnswer release(@PathVariable UUID orderId) {
        return new ReservationAnswer(orderId, inventory.release(orderId));
    }

    @GetMapping
    @Operation(summary = "The order's reservation", description = "404 when inventory never heard of the order.")
    ReservationAnswer reservation(@PathVariable UUID orderId) {
        return inventory
                .reservationOf(orderId)
                .map(status -> new ReservationAnswer(orderId, status))
                .orElseThrow(() -> new NotFoundException("No reservation for order " + orderId));
    }
}
