package io.shoplab.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money is a JSON number with exactly two decimals. That is a property of the JSON text (a parser
 * would read 12.5 and 12.50 alike), so it is checked on the raw body.
 */
public final class MoneyAssertions {

    private static final Pattern TWO_DECIMALS = Pattern.compile("-?\\d+\\.\\d{2}");

    private MoneyAssertions() {}

    /** Asserts that {@code field} occurs in the raw JSON and every value of it has two decimals. */
    public static void assertTwoDecimals(ApiResponse response, String field) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*([^,}\\]\\s]+)")
                .matcher(response.body());
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        assertThat(values)
                .as("values of \"%s\" in %s", field, response.describe())
                .isNotEmpty()
                .allSatisfy(value ->
                        assertThat(value).as("money value of \"%s\"", field).matches(TWO_DECIMALS));
    }
}
