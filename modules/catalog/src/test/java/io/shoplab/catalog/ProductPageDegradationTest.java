package io.shoplab.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shoplab.catalog.FakeParts.Mode;
import io.shoplab.platform.requestid.RequestIds;
import io.shoplab.platform.test.ModuleDataTest;
import io.shoplab.platform.web.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The product page always answers: a part that fails or is too slow is left out, named in
 * {@code degraded}, and costs the page no more than its time limit.
 */
@ModuleDataTest
@Import({
    CatalogConfiguration.class,
    Catalog.class,
    ProductRepository.class,
    ProductPageParts.class,
    FakeParts.class,
    SimpleMeterRegistry.class
})
class ProductPageDegradationTest {

    /** Generous: the limit is 200 ms; only a page that waits for the hung part (a minute) breaks this. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Autowired
    private Catalog catalog;

    @Autowired
    private FakeParts parts;

    @Autowired
    private MeterRegistry meters;

    @AfterEach
    void heal() {
        parts.heal();
        MDC.clear();
    }

    @Test
    void allPartsAnsweringGiveAFullPage() {
        ProductDetail page = catalog.product(3);

        assertThat(page.id()).isEqualTo(3);
        assertThat(page.sku()).isEqualTo("SKU-00003");
        assertThat(page.description()).isNotBlank();
        assertThat(page.availability()).isEqualTo(new Availability(Availability.Status.IN_STOCK, 7L));
        assertThat(page.rating().status()).isEqualTo(Rating.Status.OK);
        assertThat(page.rating().average()).isEqualByComparingTo("4.50");
        assertThat(page.degraded()).isEmpty();
    }

    @Test
    void failingReviewsLeaveTheRatingOut() {
        parts.reviews = Mode.FAIL;

        ProductDetail page = catalog.product(3);

        assertThat(page.rating()).isEqualTo(Rating.unavailable());
        assertThat(page.availability().status()).isEqualTo(Availability.Status.IN_STOCK);
        assertThat(page.degraded()).containsExactly("reviews");
        assertThat(meters.counter(Catalog.DEGRADED_PAGES, "parts", "reviews").count())
                .isEqualTo(1);
    }

    @Test
    void hangingInventoryIsCutOffAtTheTimeLimit() {
        parts.inventory = Mode.HANG;

        long started = System.nanoTime();
        ProductDetail page = catalog.product(3);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(page.availability()).isEqualTo(Availability.unknown());
        assertThat(page.rating().status()).isEqualTo(Rating.Status.OK);
        assertThat(page.degraded()).containsExactly("inventory");
        assertThat(took).isLessThan(BOUND);
    }

    @Test
    void bothPartsDownStillGiveThePage() {
        parts.inventory = Mode.FAIL;
        parts.reviews = Mode.HANG;

        long started = System.nanoTime();
        ProductDetail page = catalog.product(3);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
        assertThat(page.name()).isNotBlank();
        assertThat(page.degraded()).containsExactlyInAnyOrder("inventory", "reviews");
    }

    @Test
    void thePartsAreAskedUnderTheCallersRequestId() {
        MDC.put(RequestIds.MDC_KEY, "page-42");

        catalog.product(3);

        assertThat(parts.requestIdSeenByReviews).isEqualTo("page-42");
    }

    @Test
    void anUnknownProductIsNotFound() {
        assertThatThrownBy(() -> catalog.product(101)).isInstanceOf(NotFoundException.class);
    }
}
