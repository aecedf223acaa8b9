package io.shoplab.contract.support;

import static io.shoplab.contract.support.ContractAssertions.assertTimestampWithOffset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** The shape of an {@code Order} and of the answer that creates one. */
public final class OrderAssertions {

    private OrderAssertions() {}

    /** Asserts a 201 with a JSON {@code Order} and a {@code Location} of {@code /api/orders/{id}}; returns the order. */
    public static JsonNode assertCreatedOrder(ApiResponse response, String customerId) {
        response.expectStatus(201).expectMediaType("application/json");
        JsonNode order = response.json();
        assertIsOrder(order);
        assertThat(order.path("customerId").stringValue())
                .as("customerId of %s", order)
                .isEqualTo(customerId);
        String location = response.header("Location")
                .orElseThrow(() -> new AssertionError("no Location in " + response.describe()));
        assertThat(URI.create(location).getPath())
                .as("Location of %s", response.describe())
                .isEqualTo("/api/orders/" + order.path("id").stringValue());
        MoneyAssertions.assertTwoDecimals(response, "unitPrice");
        MoneyAssertions.assertTwoDecimals(response, "total");
        return order;
    }

    public static void assertIsOrder(JsonNode order) {
        assertThatCode(() -> UUID.fromString(order.path("id").asString("")))
                .as("id of order %s is a UUID", order)
                .doesNotThrowAnyException();
        assertThat(order.path("customerId").asString(""))
                .as("customerId of %s", order)
                .isNotBlank();
        assertThat(order.path("status").asString("")).as("status of %s", order).isIn("CONFIRMED", "REJECTED");
        JsonNode reason = order.path("rejectionReason");
        if (order.path("status").stringValue().equals("REJECTED")) {
            assertThat(reason.asString("")).as("rejectionReason of %s", order).isIn("OUT_OF_STOCK", "PAYMENT_DECLINED");
        } else {
            assertThat(reason.isMissingNode() || reason.isNull())
                    .as("rejectionReason of confirmed %s", order)
                    .isTrue();
        }
        assertThat(order.path("lines").isArray()).as("lines of %s", order).isTrue();
        assertThat(order.path("lines").size()).as("lines of %s", order).isPositive();
        for (JsonNode line : order.path("lines")) {
            assertThat(line.path("productId").isIntegralNumber())
                    .as("productId in %s", line)
                    .isTrue();
            assertThat(line.path("quantity").isIntegralNumber())
                    .as("quantity in %s", line)
                    .isTrue();
            assertThat(line.path("unitPrice").isNumber())
                    .as("unitPrice in %s", line)
                    .isTrue();
        }
        assertThat(order.path("total").isNumber()).as("total of %s", order).isTrue();
        assertThat(order.path("currency").asString(""))
                .as("currency of %s", order)
                .isEqualTo("EUR");
        assertTimestampWithOffset(order.path("createdAt"));
    }

    /** Σ quantity × unitPrice of the order's own lines, exactly. */
    public static BigDecimal sumOfLines(JsonNode order) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : order.path("lines")) {
            sum = sum.add(line.path("unitPrice")
                    .decimalValue()
                    .multiply(BigDecimal.valueOf(line.path("quantity").longValue())));
        }
        return sum;
    }
}
