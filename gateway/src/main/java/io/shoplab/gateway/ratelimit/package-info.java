/**
 * A per-client rate limit on the shop API ({@code /api/**}): one in-memory token bucket per client
 * address, answering 429 problem details with {@code Retry-After} once a client's burst is spent.
 */
package io.shoplab.gateway.ratelimit;
