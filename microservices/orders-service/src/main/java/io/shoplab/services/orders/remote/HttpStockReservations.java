package io.shoplab.services.orders.remote;

import java.util.List;
import java.util.UUID;

import io.shoplab.orders.Order;
import io.shoplab.orders.StockReservations;
import io.shoplab.services.support.RemoteCalls;
import io.shoplab.services.support.RemoteClients;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** {@link StockReservations} over HTTP: inventory-service's internal {@code /internal/reservations/{orderId}}. */
@Component
class HttpStockReservations implements StockReservations {

    private final RestClient inventory;
    private final RemoteCalls remote;

    HttpStockReservations(RemoteClients clients, RemoteCalls remote) {
        this.inventory = clients.forService("inventory-service");
        this.remote = remote;
    }

    /** True only when the stock is held now, as in the monolith; a hold released before it arrived is false. */
    @Override
    public boolean reserve(UUID orderId, List<Order.Line> lines) {
        var request = new ReservationRequest(lines.stream()
                .map(line -> new Item(line.productId(), line.quantity()))
                .toList());
        Reservation reservation = remote.call(
                "inventory",
                () -> inventory
                        .put()
                        .uri("/internal/reservations/{orderId}", orderId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(request)
                        .retrieve()
                        .body(Reservation.class));
        return reservation.status() == Reservation.Status.RESERVED;
    }

    /** True when inventory answers the order's stock sold; false when it was released first. */
    @Override
    public boolean commit(UUID orderId) {
        return settle(orderId, "commit") == Reservation.Status.COMMITTED;
    }

    /** True when inventory answers that nothing is held for the order; false when it was sold first. */
    @Override
    public boolean release(UUID orderId) {
        return settle(orderId, "release") != Reservation.Status.COMMITTED;
    }

    private Reservation.Status settle(UUID orderId, String action) {
        return remote.call(
                        "inventory",
                        () -> inventory
                                .post()
                                .uri("/internal/reservations/{orderId}/{action}", orderId, action)
                                .retrieve()
                                .body(Reservation.class))
                .status();
    }

    record ReservationRequest(List<Item> items) {}

    record Item(long productId, int quantity) {}

    /** inventory-service's answer about an order's reservation. */
    record Reservation(UUID orderId, Status status) {

        enum Status {
            RESERVED,
            OUT_OF_STOCK,
            RELEASED,
            COMMITTED
        }
    }
}
