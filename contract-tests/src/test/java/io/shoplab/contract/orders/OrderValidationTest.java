package io.shoplab.contract.orders;

import static io.shoplab.contract.support.ProblemAssertions.assertProblem;
import static io.shoplab.contract.support.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.shoplab.contract.support.CustomerOrders;
import io.shoplab.contract.support.Customers;
import io.shoplab.contract.support.OrderLine;
import io.shoplab.contract.support.OrderRequest;
import io.shoplab.contract.support.SeedData;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import io.shoplab.contract.support.StockLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An order that breaks a rule is answered 400 naming the field, and nothing is stored or taken. */
@ShopContract
class OrderValidationTest {

    private final ShopClient shop;

    OrderValidationTest(ShopClient shop) {
        this.shop = shop;
    }

    static Stream<Arguments> invalidOrders() {
        return Stream.of(
                Arguments.of("customerId missing", "customerId", remove("customerId")),
                Arguments.of("customerId null", "customerId", set("customerId", null)),
                Arguments.of("customerId empty", "customerId", set("customerId", "")),
                Arguments.of("customerId blank", "customerId", set("customerId", "   ")),
                Arguments.of("customerId over 100 chars", "customerId", set("customerId", "c".repeat(101))),
                Arguments.of("lines missing", "lines", remove("lines")),
                Arguments.of("lines null", "lines", set("lines", null)),
                Arguments.of("lines empty", "lines", set("lines", List.of())),
                Arguments.of("lines over 50 entries", "lines", set("lines", lines(51))),
                Arguments.of("lines not an array", "lines", set("lines", Map.of("productId", 1, "quantity", 1))),
                Arguments.of("quantity 0", "lines[0].quantity", firstLine("quantity", 0)),
                Arguments.of("quantity negative", "lines[0].quantity", firstLine("quantity", -3)),
                Arguments.of("quantity over 1000", "lines[0].quantity", firstLine("quantity", 1001)),
                Arguments.of("quantity missing", "lines[0].quantity", firstLine("quantity", null)),
                Arguments.of("quantity not an integer", "lines[0].quantity", firstLine("quantity", 1.5)),
                Arguments.of("quantity not a number", "lines[0].quantity", firstLine("quantity", "many")),
                Arguments.of("productId missing", "lines[0].productId", firstLine("productId", null)),
                Arguments.of(
                        "productId unknown", "lines[0].productId", firstLine("productId", SeedData.UNKNOWN_PRODUCT)),
                Arguments.of("productId not a number", "lines[0].productId", firstLine("productId", "kettle")),
                Arguments.of("second line's quantity", "lines[1].quantity", secondLine(SeedData.plentifulProduct(), 0)),
                Arguments.of("second line's productId", "lines[1].productId", secondLine(101, 1)),
                Arguments.of("paymentToken empty", "paymentToken", set("paymentToken", "")),
                Arguments.of("paymentToken blank", "paymentToken", set("paymentToken", "   ")),
                Arguments.of("paymentToken tabs and newlines", "paymentToken", set("paymentToken", "\t\r\n")),
                Arguments.of("paymentToken over 100 chars", "paymentToken", set("paymentToken", "t".repeat(101))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOrders")
    void invalidOrderIsRejectedAndNothingIsStoredOrTaken(String rule, String field, OrderChange change) {
        String customerId = Customers.newCustomerId();
        long productId = SeedData.plentifulProduct();
        Map<String, Object> body =
                OrderRequest.of(customerId, new OrderLine(productId, 2)).toJson();
        change.apply(body);
        StockLevel before = StockLevel.of(shop, productId);

        assertValidationProblem(shop.postJson("/api/orders", body), field);

        assertThat(StockLevel.of(shop, productId))
                .as("stock after a rejected request (%s)", rule)
                .isEqualTo(before);
        assertThat(CustomerOrders.count(shop, customerId))
                .as("orders stored for %s", rule)
                .isZero();
    }

    @Test
    void orderThatIsNotAnObjectIsRejected() {
        assertProblem(shop.postJson("/api/orders", List.of("not", "an", "order")), 400);
    }

    @FunctionalInterface
    interface OrderChange {
        void apply(Map<String, Object> order);
    }

    private static OrderChange remove(String field) {
        return order -> order.remove(field);
    }

    private static OrderChange set(String field, Object value) {
        return order -> order.put(field, value);
    }

    /** Sets (or with {@code null}, removes) a field of the first line. */
    @SuppressWarnings("unchecked")
    private static OrderChange firstLine(String field, Object value) {
        return order -> {
            List<Map<String, Object>> lines = new ArrayList<>((List<Map<String, Object>>) order.get("lines"));
            Map<String, Object> line = new LinkedHashMap<>(lines.get(0));
            if (value == null) {
                line.remove(field);
            } else {
                line.put(field, value);
            }
            lines.set(0, line);
            order.put("lines", lines);
        };
    }

    @SuppressWarnings("unchecked")
    private static OrderChange secondLine(long productId, int quantity) {
        return order -> {
            List<Map<String, Object>> lines = new ArrayList<>((List<Map<String, Object>>) order.get("lines"));
            lines.add(Map.of("productId", productId, "quantity", quantity));
            order.put("lines", lines);
        };
    }

    private static List<Map<String, Object>> lines(int count) {
        return IntStream.rangeClosed(1, count)
                .<Map<String, Object>>mapToObj(productId -> Map.of("productId", (long) productId, "quantity", 1))
                .toList();
    }
}
