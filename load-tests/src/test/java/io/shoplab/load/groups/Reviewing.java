package io.shoplab.load.groups;

import static io.gatling.javaapi.core.CoreDsl.exec;

import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.shoplab.load.Config;
import io.shoplab.load.endpoints.ReviewEndpoints;
import io.shoplab.load.endpoints.ReviewRequest;

/** A reviewer: reads a product's reviews, posts one, and finds it in the list. */
public final class Reviewing {

    private Reviewing() {}

    public static ChainBuilder review(Config config) {
        return exec(session -> session.set(
                        ReviewEndpoints.REVIEW_REQUEST,
                        new ReviewRequest(
                                // uniform, not hot-skewed: the reviews list has no paging, so piling reviews on a few
                                // products would make later runs slower than earlier ones
                                ProductPicks.uniformProduct(config),
                                "load-user-" + session.userId(),
                                1 + ThreadLocalRandom.current().nextInt(5),
                                "Written by the load test, run at " + System.currentTimeMillis() + ".")))
                .exec(ReviewEndpoints.listReviews())
                .exec(ThinkTime.of(config))
                .exec(ReviewEndpoints.postReview())
                .exitHereIfFailed()
                .exec(ReviewEndpoints.listReviewsAfterPost());
    }
}
