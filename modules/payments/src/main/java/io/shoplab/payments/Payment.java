package io.shoplab.payments;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

public record Payment(
        UUID orderId,
        String customerId,
        BigDecimal amount,
        String currency,
        PaymentStatus status,
        OffsetDateTime createdAt) {}
