package io.shoplab.contract.errors;

import static io.shoplab.contract.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.shoplab.contract.support.ApiResponse;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Wrong methods, unknown paths, wrong media types and broken JSON: always problem details. */
@ShopContract
class HttpConventionsTest {

    private final ShopClient shop;

    HttpConventionsTest(ShopClient shop) {
        this.shop = shop;
    }

    @ParameterizedTest
    @CsvSource({
        "DELETE, /api/products/1,   GET",
        "PUT,    /api/products/1,   GET",
        "POST,   /api/products,     GET",
        "DELETE, /api/orders,       POST",
        "PUT,    /api/inventory/1,  GET",
    })
    void wrongMethodIsNotAllowedAndSaysWhatIs(String method, String path, String allowed) {
        ApiResponse response = shop.send(method, path);

        assertProblem(response, 405);
        assertThat(response.header("Allow"))
                .as("Allow header of %s", response.describe())
                .hasValueSatisfying(allow -> assertThat(allow).contains(allowed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/nope", "/api/products/1/nope", "/api", "/nope"})
    void unknownPathIsNotFound(String path) {
        assertProblem(shop.get(path), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/orders", "/api/products/1/reviews"})
    void bodyThatIsNotJsonIsAnUnsupportedMediaType(String path) {
        assertProblem(shop.post(path, "{\"author\":\"Text\",\"rating\":5}", "text/plain", Map.of()), 415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/orders", "/api/products/1/reviews"})
    void malformedJsonIsABadRequest(String path) {
        assertProblem(shop.post(path, "{\"customerId\": \"x\", \"lines\": [", "application/json", Map.of()), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/orders", "/api/products/1/reviews"})
    void emptyBodyIsABadRequest(String path) {
        assertProblem(shop.post(path, "", "application/json", Map.of()), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/products", "/api/products/1", "/api/products/1/reviews", "/api/inventory/1"})
    void answersAreJson(String path) {
        shop.get(path).okJson();
    }
}
