package io.shoplab.contract.errors;

import static io.shoplab.contract.support.OrderAssertions.assertCreatedOrder;
import static io.shoplab.contract.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.shoplab.contract.support.CustomerOrders;
import io.shoplab.contract.support.Customers;
import io.shoplab.contract.support.Json;
import io.shoplab.contract.support.OrderLine;
import io.shoplab.contract.support.OrderRequest;
import io.shoplab.contract.support.SeedData;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import org.junit.jupiter.api.Test;

/**
 * Bodies over 64 KiB (65,536 bytes) are refused with 413 before anything is stored; a body of
 * exactly 64 KiB is still served. The bodies are valid requests padded with an unknown field.
 */
@ShopContract
class BodyLimitTest {

    private static final int LIMIT_BYTES = 64 * 1024;

    private final ShopClient shop;

    BodyLimitTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void orderOverTheLimitIsRefusedAndNotStored() {
        String customerId = Customers.newCustomerId();

        String body = orderPaddedTo(customerId, LIMIT_BYTES + 1);

        assertProblem(shop.post("/api/orders", body, "application/json", Map.of()), 413);
        assertThat(CustomerOrders.count(shop, customerId)).isZero();
    }

    @Test
    void orderOfExactlyTheLimitIsServed() {
        String customerId = Customers.newCustomerId();

        String body = orderPaddedTo(customerId, LIMIT_BYTES);

        assertCreatedOrder(shop.post("/api/orders", body, "application/json", Map.of()), customerId);
    }

    @Test
    void muchLargerOrderIsRefusedToo() {
        String customerId = Customers.newCustomerId();

        String body = orderPaddedTo(customerId, 4 * LIMIT_BYTES);

        assertProblem(shop.post("/api/orders", body, "application/json", Map.of()), 413);
        assertThat(CustomerOrders.count(shop, customerId)).isZero();
    }

    @Test
    void chunkedOrderOverTheLimitIsRefusedAndNotStored() {
        String customerId = Customers.newCustomerId();

        String body = orderPaddedTo(customerId, 2 * LIMIT_BYTES);

        assertProblem(shop.postChunked("/api/orders", body), 413);
        assertThat(CustomerOrders.count(shop, customerId)).isZero();
    }

    @Test
    void reviewOverTheLimitIsRefusedAndNotStored() {
        long productId = SeedData.plentifulProduct();
        String author = "Oversized " + UUID.randomUUID();
        String review = Json.write(Map.of("author", author, "rating", 5, "padding", ""));

        String body = padded(review, LIMIT_BYTES + 1);

        assertProblem(shop.post("/api/products/" + productId + "/reviews", body, "application/json", Map.of()), 413);
        assertThat(shop.get("/api/products/" + productId + "/reviews").okJson().toString())
                .doesNotContain(author);
    }

    private static String orderPaddedTo(String customerId, int bytes) {
        Map<String, Object> order = OrderRequest.of(customerId, new OrderLine(SeedData.plentifulProduct(), 1))
                .toJson();
        order.put("padding", "");
        return padded(Json.write(order), bytes);
    }

    /** Fills the empty {@code "padding":""} of {@code json} until the body has exactly {@code bytes} bytes. */
    private static String padded(String json, int bytes) {
        int missing = bytes - json.getBytes(StandardCharsets.UTF_8).length;
        String body = json.replace("\"padding\":\"\"", "\"padding\":\"" + "x".repeat(missing) + "\"");
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return body;
    }
}
