package io.shoplab.monolith;

import io.shoplab.catalog.Catalog;
import io.shoplab.reviews.ProductDirectory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

@Component
class InProcessProductDirectory implements ProductDirectory {

    private final Catalog catalog;

    /**
     * Lazy because the modules call each other both ways (the catalog asks reviews for ratings, reviews
     * ask the catalog whether a product exists); over HTTP that is no problem, in one context it is a cycle.
     */
    InProcessProductDirectory(@Lazy Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean exists(long productId) {
        return catalog.exists(productId);
    }
}
