package io.shoplab.catalog;

/** The catalog's port to whoever knows the stock: the inventory module, in process or over HTTP. */
public interface StockLevels {

    /** The product's availability; may be slow or throw, the product page copes with both. */
    Availability availabilityOf(long productId);
}
