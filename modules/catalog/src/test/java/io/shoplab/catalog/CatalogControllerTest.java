package io.shoplab.catalog;

import static io.shoplab.platform.test.ProblemAssertions.assertInvalidField;
import static io.shoplab.platform.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;

import java.math.BigDecimal;
import java.util.List;

import io.shoplab.platform.test.PlatformWebTest;
import io.shoplab.platform.web.NotFoundException;
import io.shoplab.platform.web.PageOf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code /api/products} as docs/api.md describes it, on a mocked catalog. */
@PlatformWebTest
@Import(CatalogController.class)
class CatalogControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private Catalog catalog;

    @Test
    void listsAPageOfProducts() {
        given(catalog.products(2, 5)).willReturn(new PageOf<>(List.of(summary(11)), 2, 5, 100));

        MvcTestResult result = mvc.get().uri("/api/products?page=2&size=5").exchange();

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"items": [{"id": 11, "sku": "SKU-11", "name": "Mug", "price": 12.50, "currency": "EUR"}],
                 "page": 2, "size": 5, "totalItems": 100}""");
        assertThat(result).bodyText().as("money keeps two decimals").contains("\"price\":12.50");
    }

    @Test
    void pagesDefaultToTheFirstTwenty() {
        given(catalog.products(0, 20)).willReturn(new PageOf<>(List.of(), 0, 20, 0));

        assertThat(mvc.get().uri("/api/products")).hasStatusOk();
        then(catalog).should().products(0, 20);
    }

    @ParameterizedTest
    @CsvSource({"page=-1, page", "size=0, size", "size=101, size", "page=first, page"})
    void refusesPagingOutOfBoundsWithoutAskingTheCatalog(String query, String field) {
        assertInvalidField(mvc.get().uri("/api/products?" + query).exchange(), field);
        verifyNoInteractions(catalog);
    }

    @Test
    void showsTheProductPageWithItsParts() {
        given(catalog.product(7))
                .willReturn(new ProductDetail(
                        7,
                        "SKU-7",
                        "Mug",
                        new BigDecimal("12.50"),
                        "EUR",
                        "A mug",
                        Availability.of(3),
                        Rating.of(new BigDecimal("4.25"), 4),
                        List.of()));

        assertThat(mvc.get().uri("/api/products/7")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"id": 7, "description": "A mug", "availability": {"status": "IN_STOCK", "available": 3},
                 "rating": {"status": "OK", "average": 4.25, "count": 4}, "degraded": []}""");
    }

    @Test
    void aDegradedPageLeavesOutWhatItDoesNotKnow() {
        given(catalog.product(7))
                .willReturn(new ProductDetail(
                        7,
                        "SKU-7",
                        "Mug",
                        new BigDecimal("12.50"),
                        "EUR",
                        "A mug",
                        Availability.unknown(),
                        Rating.unavailable(),
                        List.of("inventory", "reviews")));

        MvcTestResult result = mvc.get().uri("/api/products/7").exchange();

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"availability": {"status": "UNKNOWN"}, "rating": {"status": "UNAVAILABLE"}, "degraded": ["inventory", "reviews"]}""");
        assertThat(result)
                .bodyJson()
                .doesNotHavePath("$.availability.available")
                .doesNotHavePath("$.rating.average")
                .doesNotHavePath("$.rating.count");
    }

    @Test
    void anUnknownProductIsANotFoundProblem() {
        given(catalog.product(404)).willThrow(new NotFoundException("No product 404"));

        assertProblem(mvc.get().uri("/api/products/404").exchange(), 404, "not-found");
    }

    @Test
    void aProductIdThatIsNoNumberIsAnInvalidField() {
        assertInvalidField(mvc.get().uri("/api/products/seven").exchange(), "id");
        verifyNoInteractions(catalog);
    }

    private static ProductSummary summary(long id) {
        return new ProductSummary(id, "SKU-" + id, "Mug", new BigDecimal("12.50"), "EUR");
    }
}
