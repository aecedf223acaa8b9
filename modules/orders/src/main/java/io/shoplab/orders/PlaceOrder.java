package io.shoplab.orders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * An order to place. {@code paymentToken} may be null (absent), meaning {@value #DEFAULT_PAYMENT_TOKEN};
 * when present it must not be empty or blank (blank as for {@code @NotBlank}: Java whitespace only), on
 * both stacks alike, so no participant is ever asked to charge a blank token.
 */
public record PlaceOrder(
        @NotBlank @Size(max = 100) String customerId,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Line> lines,

        @Size(min = 1, max = 100) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        String paymentToken) {

    /** Some character that is not Java whitespace: what {@code @NotBlank} asks, for a field that may be absent. */
    static final String NOT_BLANK = "(?s).*\\P{javaWhitespace}.*";

    public static final String DEFAULT_PAYMENT_TOKEN = "tok_ok";

    public String paymentTokenOrDefault() {
        return paymentToken == null ? DEFAULT_PAYMENT_TOKEN : paymentToken;
    }

    /** Boxed numbers, so a missing one is a validation error rather than a 0. */
    public record Line(
            @NotNull @Positive Long productId,
            @NotNull @Min(1) @Max(1000) Integer quantity) {}
}
