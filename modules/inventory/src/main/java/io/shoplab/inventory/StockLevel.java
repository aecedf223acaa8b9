package io.shoplab.inventory;

/**
 * The stock of one product.
 *
 * @param available units that can still be ordered
 * @param reserved units held for orders that are not yet confirmed
 */
public record StockLevel(long productId, long available, long reserved) {}
