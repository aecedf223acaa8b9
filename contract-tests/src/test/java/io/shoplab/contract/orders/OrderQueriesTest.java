package io.shoplab.contract.orders;

import static io.shoplab.contract.support.ContractAssertions.assertPage;
import static io.shoplab.contract.support.OrderAssertions.assertCreatedOrder;
import static io.shoplab.contract.support.ProblemAssertions.assertProblem;
import static io.shoplab.contract.support.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import io.shoplab.contract.support.ApiResponse;
import io.shoplab.contract.support.CustomerOrders;
import io.shoplab.contract.support.Customers;
import io.shoplab.contract.support.OrderAssertions;
import io.shoplab.contract.support.OrderLine;
import io.shoplab.contract.support.OrderRequest;
import io.shoplab.contract.support.SeedData;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/orders/{id}} and {@code GET /api/orders?customerId=…}. The tests only read, so one
 * customer with three orders, placed once, serves them all.
 */
@ShopContract
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderQueriesTest {

    private final ShopClient shop;
    private final String customerId = Customers.newCustomerId();
    /** The customer's three orders, oldest first. */
    private List<JsonNode> placed;

    OrderQueriesTest(ShopClient shop) {
        this.shop = shop;
    }

    @BeforeAll
    void placeThreeOrders() {
        placed = List.of(place(1), place(2), place(3));
    }

    @Test
    void customerOrdersAreListedNewestFirstWithDefaultPaging() {
        JsonNode page = CustomerOrders.page(shop, customerId, "");

        List<JsonNode> items = assertPage(page, 0, 20);
        assertThat(page.path("totalItems").longValue()).isEqualTo(3);
        assertThat(items).containsExactly(placed.get(2), placed.get(1), placed.get(0));
        items.forEach(OrderAssertions::assertIsOrder);
    }

    @Test
    void customerOrdersArePaged() {
        JsonNode first = CustomerOrders.page(shop, customerId, "page=0&size=2");
        JsonNode second = CustomerOrders.page(shop, customerId, "page=1&size=2");
        JsonNode pastTheEnd = CustomerOrders.page(shop, customerId, "page=2&size=2");

        assertThat(assertPage(first, 0, 2)).containsExactly(placed.get(2), placed.get(1));
        assertThat(assertPage(second, 1, 2)).containsExactly(placed.get(0));
        assertThat(assertPage(pastTheEnd, 2, 2)).isEmpty();
        assertThat(List.of(first, second, pastTheEnd))
                .allSatisfy(
                        page -> assertThat(page.path("totalItems").longValue()).isEqualTo(3));
    }

    @Test
    void anotherCustomerSeesNoneOfThem() {
        JsonNode page = CustomerOrders.page(shop, Customers.newCustomerId(), "");

        assertThat(assertPage(page, 0, 20)).isEmpty();
        assertThat(page.path("totalItems").longValue()).isZero();
    }

    @Test
    void eachOrderCanBeReadById() {
        for (JsonNode order : placed) {
            assertThat(shop.get("/api/orders/" + order.path("id").stringValue()).okJson())
                    .isEqualTo(order);
        }
    }

    @Test
    void unknownOrderIsNotFound() {
        assertProblem(shop.get("/api/orders/" + UUID.randomUUID()), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "12345"})
    void malformedOrderIdIsAClientProblem(String id) {
        ApiResponse response = shop.get("/api/orders/" + id);

        assertThat(response.status()).as(response.describe()).isIn(400, 404);
        assertProblem(response, response.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "customerId=", "customerId=%20%20", "page=0&size=20"})
    void customerIdIsRequired(String query) {
        assertValidationProblem(shop.get("/api/orders" + (query.isEmpty() ? "" : "?" + query)), "customerId");
    }

    @ParameterizedTest
    @CsvSource({"page=-1, page", "page=abc, page", "size=0, size", "size=101, size"})
    void badPagingParametersAreRejected(String paging, String field) {
        assertValidationProblem(shop.get("/api/orders?customerId=" + customerId + "&" + paging), field);
    }

    private JsonNode place(int quantity) {
        return assertCreatedOrder(
                shop.postJson(
                        "/api/orders",
                        OrderRequest.of(customerId, new OrderLine(SeedData.plentifulProduct(), quantity))
                                .toJson()),
                customerId);
    }
}
