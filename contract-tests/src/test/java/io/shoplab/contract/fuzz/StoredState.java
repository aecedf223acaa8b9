package io.shoplab.contract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.shoplab.contract.support.CustomerOrders;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.StockLevel;

/**
 * What the fuzz's targets hold, read through the API: the reviews and stock of its products. Taken
 * before and after the fuzz; the fuzz's customers must have no orders at all.
 */
record StoredState(Map<Long, String> reviews, Map<Long, StockLevel> stock) {

    static StoredState of(ShopClient shop, List<Long> products) {
        return new StoredState(
                byProduct(
                        products,
                        product -> shop.get("/api/products/" + product + "/reviews")
                                .okJson()
                                .toString()),
                byProduct(products, product -> StockLevel.of(shop, product)));
    }

    void assertUnchanged(ShopClient shop, FuzzTargets targets) {
        StoredState after = of(shop, List.copyOf(reviews.keySet()));
        assertThat(after.reviews())
                .as("reviews of the products the fuzz aimed at")
                .isEqualTo(reviews);
        assertThat(after.stock()).as("stock of the products the fuzz aimed at").isEqualTo(stock);
        for (String customer : targets.customerIdsSent()) {
            assertThat(CustomerOrders.count(shop, customer))
                    .as("orders stored for customer %s", customer)
                    .isZero();
        }
    }

    private static <T> Map<Long, T> byProduct(List<Long> products, Function<Long, T> read) {
        Map<Long, T> values = new LinkedHashMap<>();
        products.forEach(product -> values.put(product, read.apply(product)));
        return values;
    }
}
