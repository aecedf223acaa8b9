/** orders-service: the orders module with its own database, and HTTP adapters for its three ports. */
package io.shoplab.services.orders;
