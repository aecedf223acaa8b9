/** The internal reservation calls of the orders saga ({@code /internal/reservations}); never routed by the gateway. */
package io.shoplab.services.inventory.reservations;
