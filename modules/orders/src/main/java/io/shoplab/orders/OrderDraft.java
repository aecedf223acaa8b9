package io.shoplab.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A valid order with its prices, not yet placed. {@code total} is exact: Σ quantity × unit price. */
record OrderDraft(String customerId, List<Order.Line> lines, BigDecimal total, String currency, String paymentToken) {

    static OrderDraft of(String customerId, List<Order.Line> lines, String currency, String paymentToken) {
        BigDecimal total = lines.stream()
                .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.UNNECESSARY);
        return new OrderDraft(customerId, List.copyOf(lines), total, currency, paymentToken);
    }
}
