package io.shoplab.contract.catalog;

import static io.shoplab.contract.support.ContractAssertions.assertPage;
import static io.shoplab.contract.support.ContractAssertions.ids;
import static io.shoplab.contract.support.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.LongStream;

import io.shoplab.contract.support.ApiResponse;
import io.shoplab.contract.support.MoneyAssertions;
import io.shoplab.contract.support.SeedData;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/products}: the seed catalog, ordered by id, in pages. */
@ShopContract
class ProductListTest {

    private final ShopClient shop;

    ProductListTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void firstPageByDefaultHoldsProductsOneToTwenty() {
        JsonNode page = shop.get("/api/products").okJson();

        List<JsonNode> items = assertPage(page, 0, 20);
        assertThat(ids(items)).containsExactlyElementsOf(range(1, 20));
        assertThat(page.path("totalItems").longValue()).isEqualTo(SeedData.PRODUCT_COUNT);
    }

    @Test
    void secondPageContinuesWhereTheFirstEnded() {
        JsonNode page = shop.get("/api/products?page=1&size=20").okJson();

        assertThat(ids(assertPage(page, 1, 20))).containsExactlyElementsOf(range(21, 40));
        assertThat(page.path("totalItems").longValue()).isEqualTo(SeedData.PRODUCT_COUNT);
    }

    @Test
    void pageAloneKeepsTheDefaultSize() {
        JsonNode page = shop.get("/api/products?page=2").okJson();

        assertThat(ids(assertPage(page, 2, 20))).containsExactlyElementsOf(range(41, 60));
    }

    @Test
    void largestPageHoldsTheWholeCatalogInIdOrder() {
        JsonNode page = shop.get("/api/products?page=0&size=100").okJson();

        assertThat(ids(assertPage(page, 0, 100))).containsExactlyElementsOf(range(1, 100));
    }

    @Test
    void lastPartialPageHoldsWhatIsLeft() {
        JsonNode page = shop.get("/api/products?page=3&size=30").okJson();

        assertThat(ids(assertPage(page, 3, 30))).containsExactlyElementsOf(range(91, 100));
    }

    @ParameterizedTest
    @CsvSource({"5, 20", "1000, 100"})
    void pagePastTheEndIsEmpty(int pageNumber, int size) {
        JsonNode page =
                shop.get("/api/products?page=" + pageNumber + "&size=" + size).okJson();

        assertThat(assertPage(page, pageNumber, size)).isEmpty();
        assertThat(page.path("totalItems").longValue()).isEqualTo(SeedData.PRODUCT_COUNT);
    }

    @Test
    void everySummaryHasSkuNameAndPriceInEuroWithTwoDecimals() {
        ApiResponse response = shop.get("/api/products?size=100");
        List<JsonNode> items = assertPage(response.okJson(), 0, 100);

        MoneyAssertions.assertTwoDecimals(response, "price");
        assertThat(items).allSatisfy(product -> {
            assertThat(product.path("id").isIntegralNumber())
                    .as("id of %s", product)
                    .isTrue();
            assertThat(product.path("sku").asString(""))
                    .as("sku of %s", product)
                    .isNotBlank();
            assertThat(product.path("name").asString(""))
                    .as("name of %s", product)
                    .isNotBlank();
            assertThat(product.path("price").isNumber())
                    .as("price of %s", product)
                    .isTrue();
            assertThat(product.path("price").decimalValue())
                    .as("price of %s", product)
                    .isGreaterThan(BigDecimal.ZERO);
            assertThat(product.path("currency").asString(""))
                    .as("currency of %s", product)
                    .isEqualTo("EUR");
        });
        assertThat(items)
                .extracting(product -> product.path("sku").stringValue())
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({
        "page=-1,      page",
        "page=abc,     page",
        "size=0,       size",
        "size=101,     size",
        "size=-5,      size",
        "size=abc,     size",
    })
    void badPagingParametersAreRejected(String query, String field) {
        assertValidationProblem(shop.get("/api/products?" + query), field);
    }

    private static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }
}
