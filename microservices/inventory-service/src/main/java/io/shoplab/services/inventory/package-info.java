/** inventory-service: the inventory module with its own database, and the internal calls orders-service makes. */
package io.shoplab.services.inventory;
