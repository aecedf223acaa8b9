package io.shoplab.load.endpoints;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.shoplab.load.events.RequestEvents;

/** Review calls. They read the {@link ReviewRequest} under {@link #REVIEW_REQUEST}. */
public final class ReviewEndpoints {

    public static final String REVIEW_REQUEST = "reviewRequest";
    /** Written by {@link #postReview}: the id of the review this user posted. */
    public static final String REVIEW_ID = "reviewId";

    private ReviewEndpoints() {}

    /** {@code GET /api/products/{id}/reviews}: 200, the product's reviews newest first. */
    public static ChainBuilder listReviews() {
        return RequestEvents.recorded(
                "list reviews",
                http("list reviews")
                        .get(session -> reviewsPath(session))
                        .check(status().is(200), jsonPath("$").ofList().validate("reviews body", (reviews, session) -> {
                            ReviewRules.list(reviews, request(session).productId(), null);
                            return reviews;
                        })));
    }

    /** {@code POST /api/products/{id}/reviews}: 201, the review as sent, with a {@code Location}. */
    public static ChainBuilder postReview() {
        return RequestEvents.recorded(
                "post review",
                http("post review")
                        .post(session -> reviewsPath(session))
                        .body(StringBody(session -> request(session).json()))
                        .check(
                                status().is(201),
                                header("Location").exists(),
                                jsonPath("$").ofMap().validate("review body", (review, session) -> {
                                    ReviewRules.posted(review, request(session));
                                    return review;
                                }),
                                jsonPath("$.id").saveAs(REVIEW_ID)));
    }

    /** The list again, which must now hold the posted review: the write is visible to the next read. */
    public static ChainBuilder listReviewsAfterPost() {
        return RequestEvents.recorded(
                "list reviews after post",
                http("list reviews after post")
                        .get(session -> reviewsPath(session))
                        .check(
                                status().is(200),
                                jsonPath("$")
                                        .ofList()
                                        .validate("reviews body with the posted one", (reviews, session) -> {
                                            ReviewRules.list(
                                                    reviews,
                                                    request(session).productId(),
                                                    session.getString(REVIEW_ID));
                                            return reviews;
                                        })));
    }

    private static String reviewsPath(Session session) {
        return "/api/products/" + request(session).productId() + "/reviews";
    }

    private static ReviewRequest request(Session session) {
        return session.get(REVIEW_REQUEST);
    }
}
