package io.shoplab.services.catalog.remote;

import io.shoplab.catalog.Availability;
import io.shoplab.catalog.StockLevels;
import io.shoplab.services.support.RemoteClients;
import io.shoplab.services.support.RemoteFailures;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** {@link StockLevels} over HTTP: inventory-service's public {@code GET /api/inventory/{id}}. */
@Component
class HttpStockLevels implements StockLevels {

    private final RestClient inventory;

    HttpStockLevels(RemoteClients clients) {
        this.inventory = clients.forService("inventory-service");
    }

    /** @throws RuntimeException when inventory cannot answer, or knows no such product: the page then degrades */
    @Override
    public Availability availabilityOf(long productId) {
        try {
            StockAnswer stock = inventory
                    .get()
                    .uri("/api/inventory/{id}", productId)
                    .retrieve()
                    .body(StockAnswer.class);
            return Availability.of(stock.available());
        } catch (RuntimeException failure) {
            throw RemoteFailures.translate("inventory", failure);
        }
    }

    /** inventory-service's answer, as far as the catalog reads it. */
    record StockAnswer(long productId, long available) {}
}
