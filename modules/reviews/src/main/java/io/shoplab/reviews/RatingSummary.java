package io.shoplab.reviews;

import java.math.BigDecimal;

/** The average rating (two decimals, null without reviews) and how many reviews it is made of. */
public record RatingSummary(BigDecimal average, long count) {}
