package io.shoplab.reviews;

import static io.shoplab.platform.test.ProblemAssertions.assertInvalidField;
import static io.shoplab.platform.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.shoplab.platform.test.PlatformWebTest;
import io.shoplab.platform.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code /api/products/{productId}/reviews} as docs/api.md describes it, on a mocked reviews facade. */
@PlatformWebTest
@Import(ReviewsController.class)
class ReviewsControllerTest {

    private static final OffsetDateTime CREATED =
            OffsetDateTime.of(2026, 11, 24, 10, 15, 30, 123_000_000, ZoneOffset.UTC);

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private Reviews reviews;

    @Test
    void addsAReviewAndSaysWhereItIs() {
        given(reviews.add(3, new NewReview("ada", 5, "Sturdy.")))
                .willReturn(new Review(11, 3, "ada", 5, "Sturdy.", CREATED));

        MvcTestResult result = post(3, """
                {"author": "ada", "rating": 5, "comment": "Sturdy."}""");

        assertThat(result).hasStatus(201).hasHeader("Location", "/api/products/3/reviews/11");
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"id": 11, "productId": 3, "author": "ada", "rating": 5, "comment": "Sturdy.",
                 "createdAt": "2026-11-24T10:15:30.123Z"}""");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"author\": \" \", \"rating\": 5}           | author",
                "{\"rating\": 5}                            | author",
                "{\"author\": \"ada\", \"rating\": 6}         | rating",
                "{\"author\": \"ada\", \"rating\": 0}         | rating",
                "{\"author\": \"ada\", \"rating\": 4.5}       | rating",
                "{\"author\": \"ada\"}                       | rating"
            })
    void refusesAnInvalidReviewWithoutStoringIt(String body, String field) {
        assertInvalidField(post(3, body), field);
        verifyNoInteractions(reviews);
    }

    @Test
    void refusesAnAuthorOrCommentThatIsTooLong() {
        assertInvalidField(post(3, "{\"author\": \"" + "a".repeat(101) + "\", \"rating\": 5}"), "author");
        assertInvalidField(
                post(3, "{\"author\": \"ada\", \"rating\": 5, \"comment\": \"" + "c".repeat(2001) + "\"}"), "comment");
        verifyNoInteractions(reviews);
    }

    @Test
    void listsTheReviewsOfAProduct() {
        given(reviews.reviewsOf(3)).willReturn(List.of(new Review(11, 3, "ada", 5, null, CREATED)));

        assertThat(mvc.get().uri("/api/products/3/reviews"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                [{"id": 11, "productId": 3, "author": "ada", "rating": 5}]""");
    }

    @Test
    void anUnknownReviewIsANotFoundProblem() {
        given(reviews.review(3, 12)).willThrow(new NotFoundException("No review 12 of product 3"));

        assertProblem(mvc.get().uri("/api/products/3/reviews/12").exchange(), 404, "not-found");
    }

    @Test
    void aProductIdThatIsNoNumberIsAnInvalidField() {
        assertInvalidField(mvc.get().uri("/api/products/three/reviews").exchange(), "productId");
        verifyNoInteractions(reviews);
    }

    private MvcTestResult post(long productId, String body) {
        return mvc.post()
                .uri("/api/products/{productId}/reviews", productId)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }
}
