package io.shoplab.reviews;

import java.util.List;

import io.shoplab.platform.ModuleFacade;
import io.shoplab.platform.web.NotFoundException;

/** The reviews module's only entry. */
@ModuleFacade(module = "reviews")
public class Reviews {

    private final ReviewRepository reviews;
    private final ProductDirectory products;

    Reviews(ReviewRepository reviews, ProductDirectory products) {
        this.reviews = reviews;
        this.products = products;
    }

    /** Newest first. @throws NotFoundException for an unknown product */
    public List<Review> reviewsOf(long productId) {
        requireProduct(productId);
        return reviews.findByProduct(productId);
    }

    /** @throws NotFoundException for an unknown product or review */
    public Review review(long productId, long reviewId) {
        return reviews.find(productId, reviewId)
                .orElseThrow(() -> new NotFoundException("No review " + reviewId + " of product " + productId));
    }

    /** @throws NotFoundException for an unknown product */
    public Review add(long productId, NewReview review) {
        requireProduct(productId);
        return reviews.insert(productId, review);
    }

    /** The rating of a product; no check that it exists, since the product page asks only for known ones. */
    public RatingSummary ratingOf(long productId) {
        return reviews.summaryOf(productId);
    }

    private void requireProduct(long productId) {
        if (!products.exists(productId)) {
            throw new NotFoundException("No product " + productId);
        }
    }
}
