/**
 * Inventory: how many units of each product are available and reserved, and reservations for orders,
 * taken with conditional updates so stock is never oversold. {@link io.shoplab.inventory.Inventory} is
 * the module's only entry.
 */
package io.shoplab.inventory;
