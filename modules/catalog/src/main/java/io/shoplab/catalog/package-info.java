/**
 * The catalog: products and prices, and the product page, which also shows stock and rating from
 * other modules through the {@link io.shoplab.catalog.StockLevels} and
 * {@link io.shoplab.catalog.ProductRatings} ports and degrades when they cannot answer in time.
 * {@link io.shoplab.catalog.Catalog} is the module's only entry.
 */
package io.shoplab.catalog;
