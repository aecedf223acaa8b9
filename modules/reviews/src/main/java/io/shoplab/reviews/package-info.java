/**
 * Reviews of products and the rating they add up to. Whether a product exists is asked through the
 * {@link io.shoplab.reviews.ProductDirectory} port. {@link io.shoplab.reviews.Reviews} is the module's
 * only entry.
 */
package io.shoplab.reviews;
