package io.shoplab.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;
import io.shoplab.platform.ModuleFacade;
import io.shoplab.platform.web.NotFoundException;
import io.shoplab.platform.web.PageOf;

/** The catalog module's only entry. */
@ModuleFacade(module = "catalog")
public class Catalog {

    /** Product pages served without one of their parts; Prometheus: {@code shop_product_pages_degraded_total}. */
    public static final String DEGRADED_PAGES = "shop.product.pages.degraded";

    private final ProductRepository products;
    private final ProductPageParts parts;
    private final MeterRegistry meters;

    Catalog(ProductRepository products, ProductPageParts parts, MeterRegistry meters) {
        this.products = products;
        this.parts = parts;
        this.meters = meters;
    }

    /** Products ordered by id. */
    public PageOf<ProductSummary> products(int page, int size) {
        return new PageOf<>(products.page(page, size), page, size, products.count());
    }

    /**
     * The product page: the product with its stock and rating, asked in parallel. A part that cannot
     * answer within its budget is left out and named in {@code degraded}; the page itself still answers.
     * Each degraded page counts in {@value #DEGRADED_PAGES} (tag {@code parts}), so that whoever watches
     * the app's metrics sees degradation whatever load causes it.
     *
     * @throws NotFoundException when there is no such product
     */
    public ProductDetail product(long id) {
        Product product = products.find(id).orElseThrow(() -> new NotFoundException("No product " + id));
        CompletableFuture<Optional<Availability>> availability = parts.availability(id);
        CompletableFuture<Optional<Rating>> rating = parts.rating(id);
        List<String> degraded = new ArrayList<>();
        Availability knownAvailability = availability.join().orElseGet(() -> {
            degraded.add(ProductPageParts.INVENTORY);
            return Availability.unknown();
        });
        Rating knownRating = rating.join().orElseGet(() -> {
            degraded.add(ProductPageParts.REVIEWS);
            return Rating.unavailable();
        });
        if (!degraded.isEmpty()) {
            meters.counter(DEGRADED_PAGES, "parts", String.join(",", degraded)).increment();
        }
        return product.detail(knownAvailability, knownRating, degraded);
    }

    public boolean exists(long id) {
        return products.exists(id);
    }

    /** Current prices of the products that exist among {@code ids}; unknown ids are simply absent. */
    public Map<Long, BigDecimal> pricesOf(Set<Long> ids) {
        return products.pricesOf(ids);
    }

    /** The one currency of this shop. */
    public static String currency() {
        return Product.CURRENCY;
    }
}
