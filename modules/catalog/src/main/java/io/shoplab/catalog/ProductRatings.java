package io.shoplab.catalog;

/** The catalog's port to whoever knows the reviews: the reviews module, in process or over HTTP. */
public interface ProductRatings {

    /** The product's rating; may be slow or throw, the product page copes with both. */
    Rating ratingOf(long productId);
}
