/**
 * The catalog's ports served over HTTP: stock from inventory-service, ratings from reviews-service.
 * Only timeouts here; the product page's bulkhead, time limit and breaker wrap these calls in the
 * catalog module itself, exactly as they wrap the monolith's in-process calls.
 */
package io.shoplab.services.catalog.remote;
