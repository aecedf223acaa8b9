/** catalog-service: the catalog module with its own database, HTTP adapters for its ports, and its internal calls. */
package io.shoplab.services.catalog;
