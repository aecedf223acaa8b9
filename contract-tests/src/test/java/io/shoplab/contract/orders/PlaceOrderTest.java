package io.shoplab.contract.orders;

import static io.shoplab.contract.support.OrderAssertions.assertCreatedOrder;
import static io.shoplab.contract.support.OrderAssertions.sumOfLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.shoplab.contract.support.Catalog;
import io.shoplab.contract.support.CustomerOrders;
import io.shoplab.contract.support.Customers;
import io.shoplab.contract.support.OrderLine;
import io.shoplab.contract.support.OrderRequest;
import io.shoplab.contract.support.SeedData;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import io.shoplab.contract.support.StockLevel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/orders} that succeeds: 201, CONFIRMED, priced from the catalog, stock taken. */
@ShopContract
class PlaceOrderTest {

    private final ShopClient shop;

    PlaceOrderTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void confirmedOrderTakesStockAndCanBeReadAtItsLocation() {
        String customerId = Customers.newCustomerId();
        long productId = SeedData.plentifulProduct();
        BigDecimal price = Catalog.priceOf(shop, productId);
        StockLevel before = StockLevel.of(shop, productId);

        var response = shop.postJson(
                "/api/orders",
                OrderRequest.of(customerId, new OrderLine(productId, 3)).toJson());

        JsonNode order = assertCreatedOrder(response, customerId);
        assertThat(order.path("status").stringValue()).isEqualTo("CONFIRMED");
        JsonNode line = order.path("lines").get(0);
        assertThat(order.path("lines").size()).isEqualTo(1);
        assertThat(line.path("productId").longValue()).isEqualTo(productId);
        assertThat(line.path("quantity").intValue()).isEqualTo(3);
        assertThat(line.path("unitPrice").decimalValue()).isEqualByComparingTo(price);
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo(price.multiply(BigDecimal.valueOf(3)));
        assertThat(StockLevel.of(shop, productId)).isEqualTo(before.minusAvailable(3));
        assertThat(shop.follow(response.header("Location").orElseThrow()).okJson())
                .isEqualTo(order);
    }

    @Test
    void totalIsTheExactSumOfQuantityTimesUnitPrice() {
        String customerId = Customers.newCustomerId();
        // Several prices and odd quantities: a sum in binary floating point would drift by a cent.
        List<OrderLine> lines = List.of(
                new OrderLine(3, 7),
                new OrderLine(17, 13),
                new OrderLine(29, 1),
                new OrderLine(41, 33),
                new OrderLine(58, 9));

        JsonNode order = assertCreatedOrder(
                shop.postJson("/api/orders", new OrderRequest(customerId, lines, null).toJson()), customerId);

        BigDecimal expected = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            expected =
                    expected.add(Catalog.priceOf(shop, line.productId()).multiply(BigDecimal.valueOf(line.quantity())));
        }
        assertThat(order.path("status").stringValue()).isEqualTo("CONFIRMED");
        assertThat(order.path("lines").values())
                .extracting(line -> line.path("productId").longValue())
                .containsExactly(3L, 17L, 29L, 41L, 58L);
        assertThat(order.path("total").decimalValue())
                .isEqualByComparingTo(expected)
                .isEqualByComparingTo(sumOfLines(order));
    }

    @Test
    void explicitGoodPaymentTokenConfirms() {
        String customerId = Customers.newCustomerId();

        JsonNode order = assertCreatedOrder(
                shop.postJson(
                        "/api/orders",
                        OrderRequest.of(customerId, new OrderLine(SeedData.plentifulProduct(), 1))
                                .withPaymentToken(OrderRequest.PAYMENT_OK)
                                .toJson()),
                customerId);

        assertThat(order.path("status").stringValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void unknownFieldsAreIgnored() {
        String customerId = Customers.newCustomerId();
        Map<String, Object> body = OrderRequest.of(customerId, new OrderLine(SeedData.plentifulProduct(), 1))
                .toJson();
        body.put("giftWrap", true);
        body.put("coupon", Map.of("code", "NONE"));

        JsonNode order = assertCreatedOrder(shop.postJson("/api/orders", body), customerId);

        assertThat(order.path("status").stringValue()).isEqualTo("CONFIRMED");
        assertThat(order.has("giftWrap")).isFalse();
    }

    @Test
    void largestAllowedOrderIsAccepted() {
        String customerId = "c".repeat(64) + Customers.newCustomerId().substring(0, 36);
        List<OrderLine> fiftyLines = IntStream.rangeClosed(1, 50)
                .mapToObj(productId -> new OrderLine(productId, productId == 1 ? 1000 : 1))
                .toList();

        JsonNode order = assertCreatedOrder(
                shop.postJson("/api/orders", new OrderRequest(customerId, fiftyLines, null).toJson()), customerId);

        assertThat(customerId).hasSize(100);
        assertThat(order.path("status").stringValue()).isEqualTo("CONFIRMED");
        assertThat(order.path("lines").size()).isEqualTo(50);
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo(sumOfLines(order));
        assertThat(CustomerOrders.count(shop, customerId)).isEqualTo(1);
    }
}
