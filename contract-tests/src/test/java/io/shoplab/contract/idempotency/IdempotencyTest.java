package io.shoplab.contract.idempotency;

import static io.shoplab.contract.support.OrderAssertions.assertCreatedOrder;
import static io.shoplab.contract.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.shoplab.contract.support.ApiResponse;
import io.shoplab.contract.support.CustomerOrders;
import io.shoplab.contract.support.Customers;
import io.shoplab.contract.support.Json;
import io.shoplab.contract.support.OrderLine;
import io.shoplab.contract.support.OrderRequest;
import io.shoplab.contract.support.SeedData;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import io.shoplab.contract.support.StockLevel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code Idempotency-Key} on {@code POST /api/orders}: a retried request returns the first answer and
 * creates nothing; the key reused for another request is refused with 422.
 */
@ShopContract
class IdempotencyTest {

    private final ShopClient shop;

    IdempotencyTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void sameKeyAndBodyReturnsTheFirstAnswerAndCreatesNothing() {
        String customerId = Customers.newCustomerId();
        long productId = SeedData.plentifulProduct();
        StockLevel before = StockLevel.of(shop, productId);
        Map<String, String> key = newKey();
        String body = Json.write(
                OrderRequest.of(customerId, new OrderLine(productId, 5)).toJson());

        ApiResponse first = shop.post("/api/orders", body, "application/json", key);
        ApiResponse replay = shop.post("/api/orders", body, "application/json", key);

        JsonNode original = assertCreatedOrder(first, customerId);
        JsonNode replayed = assertCreatedOrder(replay, customerId);
        assertThat(replayed).isEqualTo(original);
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(CustomerOrders.count(shop, customerId))
                .as("orders of the customer after a replay")
                .isEqualTo(1);
        assertThat(StockLevel.of(shop, productId)).as("stock is taken once").isEqualTo(before.minusAvailable(5));
    }

    @Test
    void replayOfARejectedOrderIsTheSameRejection() {
        String customerId = Customers.newCustomerId();
        Map<String, String> key = newKey();
        String body = Json.write(OrderRequest.of(customerId, new OrderLine(SeedData.plentifulProduct(), 1))
                .withPaymentToken(OrderRequest.PAYMENT_DECLINED)
                .toJson());

        JsonNode original = assertCreatedOrder(shop.post("/api/orders", body, "application/json", key), customerId);
        JsonNode replayed = assertCreatedOrder(shop.post("/api/orders", body, "application/json", key), customerId);

        assertThat(original.path("status").stringValue()).isEqualTo("REJECTED");
        assertThat(replayed).isEqualTo(original);
        assertThat(CustomerOrders.count(shop, customerId)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsUnprocessable() {
        String customerId = Customers.newCustomerId();
        long productId = SeedData.plentifulProduct();
        Map<String, String> key = newKey();
        assertCreatedOrder(
                shop.postJson(
                        "/api/orders",
                        OrderRequest.of(customerId, new OrderLine(productId, 1)).toJson(),
                        key),
                customerId);
        StockLevel afterFirst = StockLevel.of(shop, productId);

        ApiResponse reused = shop.postJson(
                "/api/orders",
                OrderRequest.of(customerId, new OrderLine(productId, 2)).toJson(),
                key);

        assertProblem(reused, 422);
        assertThat(CustomerOrders.count(shop, customerId)).isEqualTo(1);
        assertThat(StockLevel.of(shop, productId)).isEqualTo(afterFirst);
    }

    @Test
    void differentKeysCreateDifferentOrders() {
        String customerId = Customers.newCustomerId();
        Map<String, Object> body = OrderRequest.of(customerId, new OrderLine(SeedData.plentifulProduct(), 1))
                .toJson();

        JsonNode first = assertCreatedOrder(shop.postJson("/api/orders", body, newKey()), customerId);
        JsonNode second = assertCreatedOrder(shop.postJson("/api/orders", body, newKey()), customerId);

        assertThat(second.path("id")).isNotEqualTo(first.path("id"));
        assertThat(CustomerOrders.count(shop, customerId)).isEqualTo(2);
    }

    @Test
    void withoutAKeyEveryRequestCreatesAnOrder() {
        String customerId = Customers.newCustomerId();
        Map<String, Object> body = OrderRequest.of(customerId, new OrderLine(SeedData.plentifulProduct(), 1))
                .toJson();

        assertCreatedOrder(shop.postJson("/api/orders", body), customerId);
        assertCreatedOrder(shop.postJson("/api/orders", body), customerId);

        assertThat(CustomerOrders.count(shop, customerId)).isEqualTo(2);
    }

    private static Map<String, String> newKey() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }
}
