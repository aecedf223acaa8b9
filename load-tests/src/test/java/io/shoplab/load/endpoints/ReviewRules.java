package io.shoplab.load.endpoints;

import static io.shoplab.load.endpoints.Json.field;
import static io.shoplab.load.endpoints.Json.integer;
import static io.shoplab.load.endpoints.Json.require;
import static io.shoplab.load.endpoints.Json.text;
import static io.shoplab.load.endpoints.Json.timestamp;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The {@code Review} body of API.md. */
final class ReviewRules {

    private ReviewRules() {}

    static void review(Map<String, Object> review, int productId) {
        field(review, "id");
        require(integer(review, "productId") == productId, "productId is " + review.get("productId"));
        text(review, "author");
        long rating = integer(review, "rating");
        require(rating >= 1 && rating <= 5, "rating is not within 1..5: " + rating);
        timestamp(review, "createdAt");
    }

    static void posted(Map<String, Object> review, ReviewRequest sent) {
        review(review, sent.productId());
        require(sent.author().equals(review.get("author")), "author is not the one sent");
        require(integer(review, "rating") == sent.rating(), "rating is " + review.get("rating"));
        require(sent.comment().equals(review.get("comment")), "comment is not the one sent");
    }

    /** The product's reviews, newest first; when {@code mustContainId} is set, that review is among them. */
    static void list(List<Object> reviews, int productId, Object mustContainId) {
        OffsetDateTime newer = null;
        boolean found = mustContainId == null;
        for (int i = 0; i < reviews.size(); i++) {
            var review = Json.element(reviews.get(i), "review " + i);
            review(review, productId);
            var createdAt = timestamp(review, "createdAt");
            require(newer == null || !createdAt.isAfter(newer), "reviews are not newest first");
            newer = createdAt;
            found |= Objects.equals(String.valueOf(review.get("id")), String.valueOf(mustContainId));
        }
        require(found, "the posted review is not listed");
    }
}
