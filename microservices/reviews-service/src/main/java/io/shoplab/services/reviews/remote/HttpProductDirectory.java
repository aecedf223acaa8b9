package io.shoplab.services.reviews.remote;

import io.shoplab.reviews.ProductDirectory;
import io.shoplab.services.support.RemoteCalls;
import io.shoplab.services.support.RemoteClients;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * {@link ProductDirectory} over HTTP: catalog-service's internal {@code GET /internal/products/{id}},
 * guarded as the Resilience4j instances {@code catalog} say (a GET, so a retry is harmless).
 */
@Component
class HttpProductDirectory implements ProductDirectory {

    private final RestClient catalog;
    private final RemoteCalls remote;

    HttpProductDirectory(RemoteClients clients, RemoteCalls remote) {
        this.catalog = clients.forService("catalog-service");
        this.remote = remote;
    }

    /** @throws io.shoplab.platform.web.ServiceUnavailableException when the catalog cannot answer: then nobody knows */
    @Override
    public boolean exists(long productId) {
        try {
            remote.run(
                    "catalog",
                    () -> catalog.get()
                            .uri("/internal/products/{id}", productId)
                            .retrieve()
                            .toBodilessEntity());
            return true;
        } catch (HttpClientErrorException.NotFound unknown) {
            return false;
        }
    }
}
