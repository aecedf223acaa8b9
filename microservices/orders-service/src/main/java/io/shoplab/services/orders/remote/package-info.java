/**
 * The orders module's ports served over HTTP. Every call is keyed by the order id and idempotent on
 * the other side, so each is guarded with timeouts, a breaker, a bulkhead and one retry (the
 * Resilience4j instances {@code catalog}, {@code inventory}, {@code payments}); an outage surfaces as
 * {@link io.shoplab.platform.web.ServiceUnavailableException} of that part.
 */
package io.shoplab.services.orders.remote;
