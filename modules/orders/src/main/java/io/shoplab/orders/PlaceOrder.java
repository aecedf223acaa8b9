package io.shoplab.orders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** An order to place. {@code paymentToken} may be null, meaning {@value #DEFAULT_PAYMENT_TOKEN}. */
public record PlaceOrder(@NotBlank @Size(max = 100) String customerId,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Line> lines, @Size(max = 100) String paymentToken) {

    public static final String DEFAULT_PAYMENT_TOKEN = "tok_ok";

    public String paymentTokenOrDefault() {
        return paymentToken == null ? DEFAULT_PAYMENT_TOKEN : paymentToken;
    }

    /** Boxed numbers, so a missing one is a validation error rather than a 0. */
    public record Line(@NotNull @Positive Long productId, @NotNull @Min(1) @Max(1000) Integer quantity) {
    }
}
