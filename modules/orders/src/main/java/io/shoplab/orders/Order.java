package io.shoplab.orders;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** An order as the API shows it. {@code rejectionReason} is present only when {@code REJECTED}. */
public record Order(
        UUID id,
        String customerId,
        OrderStatus status,
        @JsonInclude(Include.NON_NULL) RejectionReason rejectionReason,
        List<Line> lines,
        BigDecimal total,
        String currency,
        OffsetDateTime createdAt) {

    Order withLines(List<Line> lines) {
        return new Order(id, customerId, status, rejectionReason, List.copyOf(lines), total, currency, createdAt);
    }

    /** @param unitPrice the price when the order was placed, two decimals */
    public record Line(long productId, int quantity, BigDecimal unitPrice) {}
}
