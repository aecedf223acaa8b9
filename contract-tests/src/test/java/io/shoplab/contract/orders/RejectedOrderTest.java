package io.shoplab.contract.orders;

import static io.shoplab.contract.support.OrderAssertions.assertCreatedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoplab.contract.support.ApiResponse;
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

/** A valid order that cannot be fulfilled is stored and answered 201 as REJECTED, and takes nothing. */
@ShopContract
class RejectedOrderTest {

    private final ShopClient shop;

    RejectedOrderTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void declinedPaymentRejectsTheOrderAndLeavesStockUntouched() {
        String customerId = Customers.newCustomerId();
        long productId = SeedData.plentifulProduct();
        StockLevel before = StockLevel.of(shop, productId);

        ApiResponse response = shop.postJson(
                "/api/orders",
                OrderRequest.of(customerId, new OrderLine(productId, 2))
                        .withPaymentToken(OrderRequest.PAYMENT_DECLINED)
                        .toJson());

        JsonNode order = assertCreatedOrder(response, customerId);
        assertThat(order.path("status").stringValue()).isEqualTo("REJECTED");
        assertThat(order.path("rejectionReason").stringValue()).isEqualTo("PAYMENT_DECLINED");
        assertThat(StockLevel.of(shop, productId)).isEqualTo(before);
        assertStored(response, order, customerId);
    }

    @Test
    void productWithoutStockRejectsTheOrder() {
        String customerId = Customers.newCustomerId();

        ApiResponse response = shop.postJson(
                "/api/orders",
                OrderRequest.of(customerId, new OrderLine(SeedData.OUT_OF_STOCK_PRODUCT, 1))
                        .toJson());

        JsonNode order = assertCreatedOrder(response, customerId);
        assertThat(order.path("status").stringValue()).isEqualTo("REJECTED");
        assertThat(order.path("rejectionReason").stringValue()).isEqualTo("OUT_OF_STOCK");
        assertThat(StockLevel.of(shop, SeedData.OUT_OF_STOCK_PRODUCT).available())
                .isZero();
        assertStored(response, order, customerId);
    }

    @Test
    void oneMissingLineRejectsTheWholeOrderAndTakesNothingFromTheOthers() {
        String customerId = Customers.newCustomerId();
        long productId = SeedData.plentifulProduct();
        StockLevel before = StockLevel.of(shop, productId);

        JsonNode order = assertCreatedOrder(
                shop.postJson(
                        "/api/orders",
                        OrderRequest.of(
                                        customerId,
                                        new OrderLine(productId, 4),
                                        new OrderLine(SeedData.OUT_OF_STOCK_PRODUCT, 1))
                                .toJson()),
                customerId);

        assertThat(order.path("status").stringValue()).isEqualTo("REJECTED");
        assertThat(order.path("rejectionReason").stringValue()).isEqualTo("OUT_OF_STOCK");
        assertThat(StockLevel.of(shop, productId)).isEqualTo(before);
    }

    @Test
    void outOfStockWinsOverADeclinedPayment() {
        // Stock is checked before the payment is attempted: nothing is charged for what cannot ship.
        String customerId = Customers.newCustomerId();

        JsonNode order = assertCreatedOrder(
                shop.postJson(
                        "/api/orders",
                        OrderRequest.of(customerId, new OrderLine(SeedData.OUT_OF_STOCK_PRODUCT, 1))
                                .withPaymentToken(OrderRequest.PAYMENT_DECLINED)
                                .toJson()),
                customerId);

        assertThat(order.path("rejectionReason").stringValue()).isEqualTo("OUT_OF_STOCK");
    }

    private void assertStored(ApiResponse created, JsonNode order, String customerId) {
        assertThat(shop.follow(created.header("Location").orElseThrow()).okJson())
                .isEqualTo(order);
        assertThat(CustomerOrders.count(shop, customerId)).isEqualTo(1);
    }
}
