/**
 * Orders: placing them (prices from the catalog, stock from inventory, money from payments, through
 * the ports {@link io.shoplab.orders.PriceList}, {@link io.shoplab.orders.StockReservations} and
 * {@link io.shoplab.orders.PaymentGateway}), idempotency keys, and reading them back.
 * {@link io.shoplab.orders.Orders} is the module's only entry.
 */
package io.shoplab.orders;
