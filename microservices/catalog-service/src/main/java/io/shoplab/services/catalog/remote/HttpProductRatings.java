package io.shoplab.services.catalog.remote;

import java.math.BigDecimal;

import io.shoplab.catalog.ProductRatings;
import io.shoplab.catalog.Rating;
import io.shoplab.services.support.RemoteClients;
import io.shoplab.services.support.RemoteFailures;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** {@link ProductRatings} over HTTP: reviews-service's internal {@code GET /internal/ratings/{id}}. */
@Component
class HttpProductRatings implements ProductRatings {

    private final RestClient reviews;

    HttpProductRatings(RemoteClients clients) {
        this.reviews = clients.forService("reviews-service");
    }

    /** @throws RuntimeException when reviews cannot answer: the page then degrades */
    @Override
    public Rating ratingOf(long productId) {
        try {
            RatingAnswer rating = reviews.get()
                    .uri("/internal/ratings/{id}", productId)
                    .retrieve()
                    .body(RatingAnswer.class);
            return Rating.of(rating.average(), rating.count());
        } catch (RuntimeException failure) {
            throw RemoteFailures.translate("reviews", failure);
        }
    }

    /** reviews-service's answer; {@code average} is null for a product without reviews. */
    record RatingAnswer(BigDecimal average, long count) {}
}
