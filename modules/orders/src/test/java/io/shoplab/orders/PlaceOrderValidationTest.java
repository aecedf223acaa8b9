package io.shoplab.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * API.md's one rule for the payment token, the same in both stacks because both validate this record:
 * absent is the default token; present, it must not be empty, blank or over 100 characters — so no
 * blank token ever reaches a payment provider, which would refuse it.
 */
class PlaceOrderValidationTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "\r\n", "\u2003", "\u3000", "  \t \u2003 "})
    void aPresentButBlankTokenIsRefused(String token) {
        assertThat(violationsOf(token))
                .extracting(violation -> violation.getPropertyPath().toString())
                .contains("paymentToken");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"tok_ok", "tok_declined", " tok_ok ", "\u00A0", "\u200B", "tok_\uD83D\uDCB3"})
    void anAbsentOrNonBlankTokenIsValid(String token) {
        assertThat(violationsOf(token)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 1000})
    void aTokenOver100CharactersIsRefused(int length) {
        assertThat(violationsOf("t".repeat(length))).isNotEmpty();
    }

    private Set<ConstraintViolation<PlaceOrder>> violationsOf(String token) {
        return validator.validate(new PlaceOrder("c-1", List.of(new PlaceOrder.Line(1L, 1)), token));
    }
}
