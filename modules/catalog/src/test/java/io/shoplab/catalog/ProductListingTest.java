package io.shoplab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shoplab.platform.test.ModuleDataTest;
import io.shoplab.platform.web.PageOf;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The seed's 100 products, paged by id, and prices for the orders module of known ids only. */
@ModuleDataTest
@Import({
    CatalogConfiguration.class,
    Catalog.class,
    ProductRepository.class,
    ProductPageParts.class,
    FakeParts.class,
    SimpleMeterRegistry.class
})
class ProductListingTest {

    @Autowired
    private Catalog catalog;

    @Test
    void pagesAreOrderedByIdAndCountTheWholeList() {
        PageOf<ProductSummary> first = catalog.products(0, 20);
        PageOf<ProductSummary> last = catalog.products(4, 20);

        assertThat(first.items()).extracting(ProductSummary::id).containsExactlyElementsOf(range(1, 20));
        assertThat(last.items()).extracting(ProductSummary::id).containsExactlyElementsOf(range(81, 100));
        assertThat(first.totalItems()).isEqualTo(100);
        assertThat(first.page()).isZero();
        assertThat(last.page()).isEqualTo(4);
        assertThat(last.size()).isEqualTo(20);
    }

    @Test
    void aShortLastPageAndAPagePastTheEnd() {
        assertThat(catalog.products(3, 30).items())
                .extracting(ProductSummary::id)
                .containsExactly(91L, 92L, 93L, 94L, 95L, 96L, 97L, 98L, 99L, 100L);
        PageOf<ProductSummary> beyond = catalog.products(7, 20);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(100);
    }

    @Test
    void aPageOfTheLargestSizeHoldsEveryProduct() {
        assertThat(catalog.products(0, 100).items()).hasSize(100);
    }

    @Test
    void summariesCarryPriceWithTwoDecimalsInEuro() {
        ProductSummary product = catalog.products(0, 1).items().get(0);

        assertThat(product.sku()).isEqualTo("SKU-00001");
        assertThat(product.name()).isNotBlank();
        assertThat(product.price()).isPositive().hasScaleOf(2);
        assertThat(product.currency()).isEqualTo("EUR");
    }

    @Test
    void pricesOfKnownIdsOnly() {
        Map<Long, BigDecimal> prices = catalog.pricesOf(Set.of(1L, 100L, 101L, 0L, -5L));

        assertThat(prices).containsOnlyKeys(1L, 100L);
        assertThat(prices.get(1L))
                .isEqualByComparingTo(catalog.products(0, 1).items().get(0).price());
        assertThat(catalog.pricesOf(Set.of())).isEmpty();
    }

    @Test
    void existsOnlyForTheSeedsIds() {
        assertThat(catalog.exists(1)).isTrue();
        assertThat(catalog.exists(100)).isTrue();
        assertThat(catalog.exists(101)).isFalse();
        assertThat(catalog.exists(0)).isFalse();
    }

    private static java.util.List<Long> range(long from, long to) {
        return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
    }
}
