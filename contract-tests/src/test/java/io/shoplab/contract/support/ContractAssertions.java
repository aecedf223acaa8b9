package io.shoplab.contract.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Small checks that several features share. */
public final class ContractAssertions {

    private ContractAssertions() {}

    /** ISO-8601 with an offset ({@code Z} or {@code +01:00}), as API.md writes timestamps. */
    public static OffsetDateTime assertTimestampWithOffset(JsonNode value) {
        assertThat(value.isString()).as("timestamp %s is a string", value).isTrue();
        assertThatCode(() -> OffsetDateTime.parse(value.stringValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .as("timestamp %s is ISO-8601 with an offset", value)
                .doesNotThrowAnyException();
        return OffsetDateTime.parse(value.stringValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Asserts a page envelope {@code {items, page, size, totalItems}} and returns its items. */
    public static List<JsonNode> assertPage(JsonNode page, int expectedPage, int expectedSize) {
        assertThat(page.path("items").isArray())
                .as("items is an array in %s", page)
                .isTrue();
        assertThat(page.path("page").isIntegralNumber())
                .as("page is an integer in %s", page)
                .isTrue();
        assertThat(page.path("page").intValue()).as("page in %s", page).isEqualTo(expectedPage);
        assertThat(page.path("size").intValue()).as("size in %s", page).isEqualTo(expectedSize);
        assertThat(page.path("totalItems").isIntegralNumber())
                .as("totalItems is an integer in %s", page)
                .isTrue();
        assertThat(page.path("items").size())
                .as("items on one page of %s", page)
                .isLessThanOrEqualTo(expectedSize);
        return new ArrayList<>(page.path("items").values());
    }

    public static List<Long> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.path("id").longValue()).toList();
    }
}
