package io.shoplab.contract.reviews;

import static io.shoplab.contract.support.ProblemAssertions.assertProblem;
import static io.shoplab.contract.support.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.shoplab.contract.support.SeedData;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A review that breaks a rule is answered 400, names the field, and is not stored. */
@ShopContract
class ReviewValidationTest {

    private final ShopClient shop;

    ReviewValidationTest(ShopClient shop) {
        this.shop = shop;
    }

    static Stream<Arguments> invalidReviews() {
        return Stream.of(
                Arguments.of("author missing", "author", remove("author")),
                Arguments.of("author null", "author", set("author", null)),
                Arguments.of("author empty", "author", set("author", "")),
                Arguments.of("author blank", "author", set("author", "   ")),
                Arguments.of("author over 100 chars", "author", set("author", "a".repeat(101))),
                Arguments.of("rating missing", "rating", remove("rating")),
                Arguments.of("rating null", "rating", set("rating", null)),
                Arguments.of("rating 0", "rating", set("rating", 0)),
                Arguments.of("rating 6", "rating", set("rating", 6)),
                Arguments.of("rating -1", "rating", set("rating", -1)),
                Arguments.of("rating 4.5", "rating", set("rating", 4.5)),
                Arguments.of("rating as a string", "rating", set("rating", "5")),
                Arguments.of("comment over 2000 chars", "comment", set("comment", "c".repeat(2001))),
                Arguments.of("comment not a string", "comment", set("comment", Map.of("text", "nested"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidReviews")
    void invalidReviewIsRejectedAndNotStored(String rule, String field, ReviewChange change) {
        long productId = SeedData.plentifulProduct();
        // The marker sits in two fields, so it is still sent whichever one the case breaks.
        String marker = UUID.randomUUID().toString();
        Map<String, Object> review =
                new HashMap<>(Map.of("author", "Author " + marker, "rating", 4, "comment", "Comment " + marker));
        change.apply(review);

        assertValidationProblem(shop.postJson("/api/products/" + productId + "/reviews", review), field);

        assertThat(shop.get("/api/products/" + productId + "/reviews").okJson().toString())
                .as("reviews of product %d after a rejected one (%s)", productId, rule)
                .doesNotContain(marker);
    }

    @Test
    void reviewThatIsNotAnObjectIsRejected() {
        assertProblem(shop.postJson("/api/products/1/reviews", List.of(4, 5)), 400);
    }

    @FunctionalInterface
    interface ReviewChange {
        void apply(Map<String, Object> review);
    }

    private static ReviewChange remove(String field) {
        return review -> review.remove(field);
    }

    private static ReviewChange set(String field, Object value) {
        return review -> review.put(field, value);
    }
}
