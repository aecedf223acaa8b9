package io.shoplab.contract.inventory;

import static io.shoplab.contract.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoplab.contract.support.SeedData;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import io.shoplab.contract.support.StockLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/inventory/{productId}}: available and reserved units of one product. */
@ShopContract
class InventoryTest {

    private final ShopClient shop;

    InventoryTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void stockOfAProductIsNeverNegative() {
        JsonNode stock = shop.get("/api/inventory/1").okJson();

        assertThat(stock.path("productId").longValue()).isEqualTo(1);
        assertThat(stock.path("available").isIntegralNumber())
                .as("available in %s", stock)
                .isTrue();
        assertThat(stock.path("reserved").isIntegralNumber())
                .as("reserved in %s", stock)
                .isTrue();
        assertThat(stock.path("available").longValue()).isNotNegative();
        assertThat(stock.path("reserved").longValue()).isNotNegative();
    }

    @Test
    void plentifulProductHasStock() {
        assertThat(StockLevel.of(shop, SeedData.plentifulProduct()).available()).isPositive();
    }

    @Test
    void productThatStartedWithoutStockHasNone() {
        // Nothing in the API adds stock, so product 100 stays at zero whatever ran before.
        StockLevel stock = StockLevel.of(shop, SeedData.OUT_OF_STOCK_PRODUCT);

        assertThat(stock.available()).isZero();
        assertThat(stock.reserved()).isZero();
    }

    @Test
    void scarceProductsNeverHoldMoreThanTheyStartedWith() {
        for (long id = SeedData.FIRST_SCARCE_PRODUCT; id <= SeedData.LAST_SCARCE_PRODUCT; id++) {
            StockLevel stock = StockLevel.of(shop, id);
            assertThat(stock.available() + stock.reserved())
                    .as("stock of product %d", id)
                    .isBetween(0L, 10L);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 999_999})
    void stockOfAnUnknownProductIsNotFound(long productId) {
        assertProblem(shop.get("/api/inventory/" + productId), 404);
    }
}
