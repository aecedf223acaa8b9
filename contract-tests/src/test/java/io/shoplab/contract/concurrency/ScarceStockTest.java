package io.shoplab.contract.concurrency;

import static io.shoplab.contract.support.OrderAssertions.assertCreatedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.abort;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

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
 * Concurrent orders for the last units of a scarce product never oversell: exactly as many are
 * CONFIRMED as there were units, the rest are REJECTED as OUT_OF_STOCK. Each run empties one of the
 * products 91..99; once all are empty there is nothing left to race for.
 */
@ShopContract
class ScarceStockTest {

    /** How many more orders than units are sent, so that some must lose the race. */
    private static final int SURPLUS_ORDERS = 5;

    private final ShopClient shop;

    ScarceStockTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void concurrentOrdersNeverOversell() {
        StockLevel before = scarceProductWithMostStockLeft();
        if (before.available() == 0) {
            abort("Products " + SeedData.FIRST_SCARCE_PRODUCT + ".." + SeedData.LAST_SCARCE_PRODUCT
                    + " are all sold out on this server (earlier runs bought them), so there is no stock to race for;"
                    + " restart the shop with fresh seed data to run this test.");
        }
        String customerId = Customers.newCustomerId();
        int orders = (int) before.available() + SURPLUS_ORDERS;
        OrderRequest oneUnit = OrderRequest.of(customerId, new OrderLine(before.productId(), 1));

        // All requests are in flight together; the HTTP client opens a connection for each.
        List<CompletableFuture<ApiResponse>> inFlight = IntStream.range(0, orders)
                .mapToObj(i -> shop.postJsonAsync("/api/orders", oneUnit.toJson()))
                .toList();
        List<JsonNode> answers = inFlight.stream()
                .map(CompletableFuture::join)
                .map(response -> assertCreatedOrder(response, customerId))
                .toList();

        long confirmed = answers.stream()
                .filter(order -> order.path("status").stringValue().equals("CONFIRMED"))
                .count();
        assertThat(confirmed)
                .as("orders confirmed for %d units", before.available())
                .isEqualTo(before.available());
        assertThat(answers)
                .filteredOn(order -> order.path("status").stringValue().equals("REJECTED"))
                .hasSize(orders - (int) confirmed)
                .allSatisfy(order ->
                        assertThat(order.path("rejectionReason").stringValue()).isEqualTo("OUT_OF_STOCK"));
        // All answers are in, so this is a quiet moment; a saga may still release a reservation it held.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            StockLevel after = StockLevel.of(shop, before.productId());
            assertThat(after.available())
                    .as("units left of product %d", before.productId())
                    .isZero();
            assertThat(after.reserved())
                    .as("units reserved of product %d", before.productId())
                    .isEqualTo(before.reserved());
        });
        assertThat(CustomerOrders.count(shop, customerId)).isEqualTo(orders);
    }

    private StockLevel scarceProductWithMostStockLeft() {
        return LongStream.rangeClosed(SeedData.FIRST_SCARCE_PRODUCT, SeedData.LAST_SCARCE_PRODUCT)
                .mapToObj(id -> StockLevel.of(shop, id))
                .max(Comparator.comparingLong(StockLevel::available))
                .orElseThrow();
    }
}
