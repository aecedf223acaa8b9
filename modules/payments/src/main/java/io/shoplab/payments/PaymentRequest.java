package io.shoplab.payments;

import java.math.BigDecimal;
import java.util.UUID;

/** A capture to make for an order; {@code amount} has two decimals. */
public record PaymentRequest(
        UUID orderId, String customerId, BigDecimal amount, String currency, String paymentToken) {}
