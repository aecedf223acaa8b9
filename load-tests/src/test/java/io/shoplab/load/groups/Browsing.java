package io.shoplab.load.groups;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;

import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.shoplab.load.Config;
import io.shoplab.load.endpoints.DegradedAnswers;
import io.shoplab.load.endpoints.ProductEndpoints;

/** A visitor: reads a few catalog pages in a row, then opens a few product pages. */
public final class Browsing {

    private static final String PAGES_TO_READ = "pagesToRead";
    private static final String PRODUCTS_TO_OPEN = "productsToOpen";

    private Browsing() {}

    public static ChainBuilder visit(Config config, DegradedAnswers degradedAnswers) {
        return exec(session -> session.set(
                                PAGES_TO_READ, 1 + ThreadLocalRandom.current().nextInt(3))
                        .set(PRODUCTS_TO_OPEN, 1 + ThreadLocalRandom.current().nextInt(3)))
                .feed(CatalogFeeders.startPages(config))
                .repeat("#{" + PAGES_TO_READ + "}")
                .on(exec(ProductEndpoints.listProducts(config.productCount()))
                        .exec(session -> nextPage(session, config))
                        .exec(ThinkTime.of(config)))
                .repeat("#{" + PRODUCTS_TO_OPEN + "}")
                .on(feed(CatalogFeeders.productIds(config))
                        .exec(ProductEndpoints.productDetail(config.failOnDegraded(), degradedAnswers))
                        .exec(ThinkTime.of(config)));
    }

    /** The next page, back to the first after the last, as a visitor paging through would. */
    private static Session nextPage(Session session, Config config) {
        int size = session.getInt(ProductEndpoints.SIZE);
        int next = (session.getInt(ProductEndpoints.PAGE) + 1) % CatalogFeeders.pageCount(config, size);
        return session.set(ProductEndpoints.PAGE, next);
    }
}
