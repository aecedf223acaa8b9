/** What other services ask the catalog ({@code /internal/products}, {@code /internal/prices}); never routed by the gateway. */
package io.shoplab.services.catalog.internal;
