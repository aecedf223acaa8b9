package io.shoplab.contract.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The raw-text money check is the one assertion a JSON parser cannot do for us: make sure it bites. */
class MoneyAssertionsTest {

    @Test
    void acceptsTwoDecimalsEverywhere() {
        assertThatCode(() -> MoneyAssertions.assertTwoDecimals(
                        response("{\"lines\":[{\"unitPrice\":12.30},{\"unitPrice\": 0.05}],\"total\":1000.00}"),
                        "unitPrice"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesFewerOrMoreDecimalsOrNone() {
        for (String price : new String[] {"12.5", "12", "12.500", "1.25E1", "\"12.50\""}) {
            assertThatThrownBy(() -> MoneyAssertions.assertTwoDecimals(response("{\"price\":" + price + "}"), "price"))
                    .as("price %s", price)
                    .isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void refusesAMissingField() {
        assertThatThrownBy(() -> MoneyAssertions.assertTwoDecimals(response("{\"cost\":1.00}"), "price"))
                .isInstanceOf(AssertionError.class);
    }

    private static ApiResponse response(String body) {
        return new ApiResponse("GET /test", 200, HttpHeaders.of(Map.of(), (name, value) -> true), body);
    }
}
