package io.shoplab.orders;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import io.shoplab.platform.web.PageOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/orders", produces = MediaType.APPLICATION_JSON_VALUE)
class OrdersController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Orders orders;

    OrdersController(Orders orders) {
        this.orders = orders;
    }

    /** A replay answers 201 with the first order again: the client sees the answer it missed. */
    @PostMapping
    ResponseEntity<Order> place(
            @Valid @RequestBody PlaceOrder request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(min = 1, max = 200) String idempotencyKey) {
        Order order = orders.place(request, Optional.ofNullable(idempotencyKey));
        return ResponseEntity.created(URI.create("/api/orders/" + order.id())).body(order);
    }

    @GetMapping("/{id}")
    Order order(@PathVariable UUID id) {
        return orders.order(id);
    }

    @GetMapping
    PageOf<Order> ordersOf(
            @RequestParam @NotBlank String customerId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return orders.ordersOf(customerId, page, size);
    }
}
