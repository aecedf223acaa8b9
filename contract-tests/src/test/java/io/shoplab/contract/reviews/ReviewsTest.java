package io.shoplab.contract.reviews;

import static io.shoplab.contract.support.ContractAssertions.assertTimestampWithOffset;
import static io.shoplab.contract.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shoplab.contract.support.ApiResponse;
import io.shoplab.contract.support.SeedData;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET} and {@code POST /api/products/{id}/reviews}. */
@ShopContract
class ReviewsTest {

    private final ShopClient shop;

    ReviewsTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void seededReviewsAreListedNewestFirst() {
        JsonNode reviews = shop.get("/api/products/" + SeedData.plentifulProduct() + "/reviews")
                .okJson();

        assertThat(reviews.isArray()).as("reviews %s", reviews).isTrue();
        assertThat(reviews.size()).as("reviews %s", reviews).isPositive();
        List<OffsetDateTime> createdAt = new ArrayList<>();
        for (JsonNode review : reviews) {
            assertIsReview(review);
            createdAt.add(assertTimestampWithOffset(review.path("createdAt")));
        }
        assertThat(createdAt)
                .isSortedAccordingTo(Comparator.<OffsetDateTime>naturalOrder().reversed());
    }

    @Test
    void postedReviewIsAnsweredCreatedAndCanBeReadAtItsLocation() {
        long productId = SeedData.plentifulProduct();
        String author = uniqueAuthor();

        ApiResponse created = shop.postJson(
                "/api/products/" + productId + "/reviews",
                Map.of("author", author, "rating", 4, "comment", "Sturdy, and the blue is really blue."));

        created.expectStatus(201).expectMediaType("application/json");
        JsonNode review = created.json();
        assertIsReview(review);
        assertThat(review.path("productId").longValue()).isEqualTo(productId);
        assertThat(review.path("author").stringValue()).isEqualTo(author);
        assertThat(review.path("rating").intValue()).isEqualTo(4);
        assertThat(review.path("comment").stringValue()).isEqualTo("Sturdy, and the blue is really blue.");
        String location =
                created.header("Location").orElseThrow(() -> new AssertionError("no Location: " + created.describe()));
        assertThat(URI.create(location).getPath())
                .isEqualTo("/api/products/" + productId + "/reviews/"
                        + review.path("id").longValue());
        assertThat(shop.follow(location).okJson()).isEqualTo(review);
    }

    @Test
    void newestReviewIsListedFirst() {
        long productId = SeedData.plentifulProduct();
        JsonNode first = post(productId, Map.of("author", uniqueAuthor(), "rating", 2));
        JsonNode second = post(productId, Map.of("author", uniqueAuthor(), "rating", 3));

        JsonNode reviews = shop.get("/api/products/" + productId + "/reviews").okJson();

        List<Long> ids = reviews.values().stream()
                .map(review -> review.path("id").longValue())
                .toList();
        assertThat(ids)
                .as("review ids, newest first")
                .containsSubsequence(
                        second.path("id").longValue(), first.path("id").longValue());
        assertThat(ids.get(0))
                .as("the newest review leads, in %s", reviews)
                .isEqualTo(second.path("id").longValue());
    }

    @Test
    void commentIsOptional() {
        long productId = SeedData.plentifulProduct();

        JsonNode withoutComment = post(productId, Map.of("author", uniqueAuthor(), "rating", 5));
        Map<String, Object> nullComment = new LinkedHashMap<>(Map.of("author", uniqueAuthor(), "rating", 1));
        nullComment.put("comment", null);
        JsonNode withNullComment = post(productId, nullComment);

        assertThat(withoutComment.path("comment").isMissingNode()
                        || withoutComment.path("comment").isNull())
                .as("comment of %s", withoutComment)
                .isTrue();
        assertThat(withNullComment.path("comment").isMissingNode()
                        || withNullComment.path("comment").isNull())
                .as("comment of %s", withNullComment)
                .isTrue();
    }

    @Test
    void longestAllowedAuthorAndCommentAreAccepted() {
        String prefix = uniqueAuthor();
        String author = prefix + "x".repeat(100 - prefix.length());

        JsonNode review =
                post(SeedData.plentifulProduct(), Map.of("author", author, "rating", 3, "comment", "c".repeat(2000)));

        assertThat(review.path("author").stringValue()).hasSize(100);
        assertThat(review.path("comment").stringValue()).hasSize(2000);
    }

    @Test
    void unknownFieldsAreIgnored() {
        post(SeedData.plentifulProduct(), Map.of("author", uniqueAuthor(), "rating", 4, "verifiedBuyer", true));
    }

    @Test
    void reviewsOfAnUnknownProductAreNotFound() {
        assertProblem(shop.get("/api/products/" + SeedData.UNKNOWN_PRODUCT + "/reviews"), 404);
        assertProblem(
                shop.postJson(
                        "/api/products/" + SeedData.UNKNOWN_PRODUCT + "/reviews",
                        Map.of("author", uniqueAuthor(), "rating", 4)),
                404);
    }

    @Test
    void unknownReviewIsNotFound() {
        assertProblem(shop.get("/api/products/1/reviews/999999999"), 404);
    }

    private JsonNode post(long productId, Map<String, Object> review) {
        ApiResponse created = shop.postJson("/api/products/" + productId + "/reviews", review);
        created.expectStatus(201);
        JsonNode json = created.json();
        assertIsReview(json);
        return json;
    }

    static String uniqueAuthor() {
        return "Reviewer " + UUID.randomUUID();
    }

    private static void assertIsReview(JsonNode review) {
        assertThat(review.path("id").isIntegralNumber())
                .as("id of review %s", review)
                .isTrue();
        assertThat(review.path("productId").isIntegralNumber())
                .as("productId of review %s", review)
                .isTrue();
        assertThat(review.path("author").asString(""))
                .as("author of review %s", review)
                .isNotBlank();
        assertThat(review.path("rating").isIntegralNumber())
                .as("rating of review %s", review)
                .isTrue();
        assertThat(review.path("rating").intValue())
                .as("rating of review %s", review)
                .isBetween(1, 5);
        JsonNode comment = review.path("comment");
        assertThat(comment.isMissingNode() || comment.isNull() || comment.isString())
                .as("comment of review %s", review)
                .isTrue();
        assertTimestampWithOffset(review.path("createdAt"));
    }
}
