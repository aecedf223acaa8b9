package io.shoplab.services.reviews.internal;

import io.shoplab.reviews.RatingSummary;
import io.shoplab.reviews.Reviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The rating part of the product page, asked by catalog-service. */
@RestController
@Tag(name = "Ratings (internal)", description = "Called by catalog-service only, never routed by the gateway.")
class RatingsController {

    private final Reviews reviews;

    RatingsController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/internal/ratings/{productId}")
    @Operation(
            summary = "The product's average rating and how many reviews make it",
            description = "average has two decimals and is null without reviews. No check that the product exists: "
                    + "the catalog asks only for products it knows.")
    RatingSummary rating(@PathVariable long productId) {
        return reviews.ratingOf(productId);
    }
}
