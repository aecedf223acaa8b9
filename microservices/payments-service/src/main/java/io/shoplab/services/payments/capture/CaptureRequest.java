package io.shoplab.services.payments.capture;

import java.math.BigDecimal;
import java.util.UUID;

import io.shoplab.payments.PaymentRequest;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A capture for an order; {@code amount} has at most two decimals, in {@code currency}. */
record CaptureRequest(
        @NotBlank @Size(max = 100) String customerId,

        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2)
        BigDecimal amount,

        @NotBlank @Size(min = 3, max = 3) String currency,
        @NotBlank @Size(max = 100) String paymentToken) {

    PaymentRequest forOrder(UUID orderId) {
        return new PaymentRequest(orderId, customerId, amount, currency, paymentToken);
    }
}
