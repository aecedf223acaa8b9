package io.shoplab.reviews;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

    private static final String COLUMNS = "id, product_id, author, rating, comment, created_at";

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; the id breaks ties between reviews written in the same millisecond. */
    List<Review> findByProduct(long productId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM reviews.review WHERE product_id = ? ORDER BY created_at DESC, id DESC")
                .param(productId)
                .query(Review.class)
                .list();
    }

    Optional<Review> find(long productId, long reviewId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reviews.review WHERE product_id = ? AND id = ?")
                .params(productId, reviewId)
                .query(Review.class)
                .optional();
    }

    Review insert(long productId, NewReview review) {
        // Milliseconds, as the API's timestamps show them; the database would keep microseconds.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        long id = jdbc.sql("""
                INSERT INTO reviews.review (product_id, author, rating, comment, created_at)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(productId, review.author(), review.rating(), review.comment(), now)
                .query(Long.class)
                .single();
        return new Review(id, productId, review.author(), review.rating(), review.comment(), now);
    }

    RatingSummary summaryOf(long productId) {
        return jdbc.sql(
                        "SELECT round(avg(rating), 2) AS average, count(*) AS count FROM reviews.review WHERE product_id = ?")
                .param(productId)
                .query(RatingSummary.class)
                .single();
    }
}
