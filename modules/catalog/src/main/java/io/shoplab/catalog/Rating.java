package io.shoplab.catalog;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The reviews' verdict on a product. {@code average} (two decimals) is absent when there are no
 * reviews; both numbers are absent when the status is {@code UNAVAILABLE}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rating(Status status, BigDecimal average, Long count) {

    public enum Status {
        OK,
        UNAVAILABLE
    }

    public static Rating of(BigDecimal average, long count) {
        return new Rating(Status.OK, average, count);
    }

    public static Rating unavailable() {
        return new Rating(Status.UNAVAILABLE, null, null);
    }
}
