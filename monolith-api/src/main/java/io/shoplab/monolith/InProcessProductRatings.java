package io.shoplab.monolith;

import io.shoplab.catalog.ProductRatings;
import io.shoplab.catalog.Rating;
import io.shoplab.reviews.RatingSummary;
import io.shoplab.reviews.Reviews;
import org.springframework.stereotype.Component;

@Component
class InProcessProductRatings implements ProductRatings {

    private final Reviews reviews;

    InProcessProductRatings(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public Rating ratingOf(long productId) {
        RatingSummary summary = reviews.ratingOf(productId);
        return Rating.of(summary.average(), summary.count());
    }
}
