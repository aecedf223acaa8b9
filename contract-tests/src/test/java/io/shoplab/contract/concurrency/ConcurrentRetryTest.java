package io.shoplab.contract.concurrency;

import static io.shoplab.contract.support.OrderAssertions.assertCreatedOrder;
import static io.shoplab.contract.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

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

/**
 * A client that retries before its first attempt was answered sends the same Idempotency-Key while
 * the first request is still running. Exactly one order may come of it. API.md does not say what the
 * overlapping attempts see: the first answer (201), or a 409 problem telling them to retry.
 */
@ShopContract
class ConcurrentRetryTest {

    private static final int ATTEMPTS = 6;

    private final ShopClient shop;

    ConcurrentRetryTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void overlappingRetriesWithOneKeyCreateOneOrder() {
        String customerId = Customers.newCustomerId();
        long productId = SeedData.plentifulProduct();
        StockLevel before = StockLevel.of(shop, productId);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> body =
                OrderRequest.of(customerId, new OrderLine(productId, 2)).toJson();

        List<ApiResponse> answers =
                IntStream.range(0, ATTEMPTS)
                        .mapToObj(i -> shop.postJsonAsync("/api/orders", body, key))
                        .toList()
                        .stream()
                        .map(CompletableFuture::join)
                        .toList();

        List<JsonNode> created = answers.stream()
                .filter(answer -> answer.status() == 201)
                .map(answer -> assertCreatedOrder(answer, customerId))
                .toList();
        answers.stream().filter(answer -> answer.status() != 201).forEach(answer -> assertProblem(answer, 409));
        assertThat(created).as("attempts answered 201").isNotEmpty();
        assertThat(created)
                .extracting(order -> order.path("id").stringValue())
                .as("order ids answered")
                .containsOnly(created.get(0).path("id").stringValue());
        assertThat(CustomerOrders.count(shop, customerId)).as("orders stored").isEqualTo(1);
        assertThat(StockLevel.of(shop, productId)).as("stock taken once").isEqualTo(before.minusAvailable(2));
    }
}
