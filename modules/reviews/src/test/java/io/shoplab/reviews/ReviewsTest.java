package io.shoplab.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import io.shoplab.platform.test.ModuleDataTest;
import io.shoplab.platform.web.NotFoundException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Reviews of known products, newest first, and the rating they add up to. */
@ModuleDataTest
@Import({ReviewsConfiguration.class, Reviews.class, ReviewRepository.class, ReviewsTest.KnownProducts.class})
class ReviewsTest {

    /** The catalog, as far as reviews need it: products 1..100 of the seed, and 500 that only this test adds. */
    @TestConfiguration(proxyBeanMethods = false)
    static class KnownProducts {

        @Bean
        ProductDirectory productDirectory() {
            return productId -> (productId >= 1 && productId <= 100) || productId == 500;
        }
    }

    private static final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Autowired
    private Reviews reviews;

    @Test
    void newestComeFirstAndAnAddedReviewIsReadBackExactly() {
        Review first = reviews.add(500, new NewReview("Ada", 4, "Solid."));
        Review second = reviews.add(500, new NewReview("Grace", 2, null));

        List<Review> listed = reviews.reviewsOf(500);

        assertThat(listed).containsExactly(second, first);
        assertThat(reviews.review(500, first.id())).isEqualTo(first);
        assertThat(second.comment()).isNull();
        assertThat(second.createdAt().getOffset().getTotalSeconds()).isZero();
    }

    @Test
    void seedReviewsAreNewestFirst() {
        List<Review> listed = reviews.reviewsOf(7);

        assertThat(listed).hasSize(3);
        assertThat(listed).extracting(Review::createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void ratingSummaryAveragesToTwoDecimals() {
        reviews.add(500, new NewReview("Ada", 5, null));
        reviews.add(500, new NewReview("Ken", 4, null));
        reviews.add(500, new NewReview("Linus", 4, null));

        RatingSummary summary = reviews.ratingOf(500);

        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.average()).isEqualByComparingTo("4.33").hasScaleOf(2);
    }

    @Test
    void aProductWithoutReviewsHasCountZeroAndNoAverage() {
        RatingSummary summary = reviews.ratingOf(500);

        assertThat(summary.count()).isZero();
        assertThat(summary.average()).isNull();
    }

    @Test
    void unknownProductIsNotFoundAndGetsNoReview() {
        assertThatThrownBy(() -> reviews.reviewsOf(101)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.add(101, new NewReview("Ada", 5, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(reviews.ratingOf(101).count()).isZero();
    }

    @Test
    void aReviewOfAnotherProductIsNotFound() {
        Review review = reviews.add(500, new NewReview("Ada", 3, null));

        assertThatThrownBy(() -> reviews.review(1, review.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theRecordsConstraintsAreThoseOfApiMd() {
        assertThat(violations(new NewReview("Ada", 5, "x".repeat(2000)))).isEmpty();
        assertThat(violations(new NewReview("a".repeat(100), 1, null))).isEmpty();

        assertThat(violations(new NewReview(" ", 3, null))).containsExactly("author");
        assertThat(violations(new NewReview(null, 3, null))).containsExactly("author");
        assertThat(violations(new NewReview("a".repeat(101), 3, null))).containsExactly("author");
        assertThat(violations(new NewReview("Ada", 0, null))).containsExactly("rating");
        assertThat(violations(new NewReview("Ada", 6, null))).containsExactly("rating");
        assertThat(violations(new NewReview("Ada", null, null))).containsExactly("rating");
        assertThat(violations(new NewReview("Ada", 3, "x".repeat(2001)))).containsExactly("comment");
    }

    private static Set<String> violations(NewReview review) {
        return validator.validate(review).stream()
                .map(violation -> violation.getPropertyPath().toString())
                .collect(java.util.stream.Collectors.toSet());
    }
}
