package io.shoplab.reviews;

/** The reviews module's port to whoever knows the products: the catalog, in process or over HTTP. */
public interface ProductDirectory {

    boolean exists(long productId);
}
