package io.shoplab.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Whether a product can be ordered; {@code available} is absent when the status is {@code UNKNOWN}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Availability(Status status, Long available) {

    public enum Status {
        IN_STOCK,
        OUT_OF_STOCK,
        UNKNOWN
    }

    public static Availability of(long available) {
        return new Availability(available > 0 ? Status.IN_STOCK : Status.OUT_OF_STOCK, available);
    }

    public static Availability unknown() {
        return new Availability(Status.UNKNOWN, null);
    }
}
