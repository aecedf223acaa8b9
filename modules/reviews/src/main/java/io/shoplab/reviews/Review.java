package io.shoplab.reviews;

import java.time.OffsetDateTime;

/** A review as the API shows it; {@code comment} may be null. */
public record Review(long id, long productId, String author, int rating, String comment, OffsetDateTime createdAt) {}
