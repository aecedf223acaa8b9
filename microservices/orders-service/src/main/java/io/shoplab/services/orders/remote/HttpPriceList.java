package io.shoplab.services.orders.remote;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.shoplab.orders.PriceList;
import io.shoplab.services.support.RemoteCalls;
import io.shoplab.services.support.RemoteClients;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** {@link PriceList} over HTTP: catalog-service's internal {@code GET /internal/prices?ids=…}. */
@Component
class HttpPriceList implements PriceList {

    private final RestClient catalog;
    private final RemoteCalls remote;
    /** The shop's one currency, as the catalog last stated it; every price sheet carries it. */
    private final AtomicReference<String> currency = new AtomicReference<>();

    HttpPriceList(RemoteClients clients, RemoteCalls remote) {
        this.catalog = clients.forService("catalog-service");
        this.remote = remote;
    }

    @Override
    public Map<Long, BigDecimal> pricesOf(Set<Long> productIds) {
        String ids = productIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        PriceSheet sheet = remote.call(
                "catalog",
                () -> catalog.get()
                        .uri(uri -> uri.path("/internal/prices")
                                .queryParam("ids", ids)
                                .build())
                        .retrieve()
                        .body(PriceSheet.class));
        currency.set(sheet.currency());
        return sheet.prices();
    }

    /** Known from the price sheet asked just before; asked of the catalog only if none was asked yet. */
    @Override
    public String currency() {
        String known = currency.get();
        if (known != null) {
            return known;
        }
        PriceSheet sheet = remote.call(
                "catalog",
                () -> catalog.get().uri("/internal/prices").retrieve().body(PriceSheet.class));
        currency.set(sheet.currency());
        return sheet.currency();
    }

    /** catalog-service's answer: prices (two decimals) by product id; unknown ids are absent. */
    record PriceSheet(String currency, Map<Long, BigDecimal> prices) {}
}
