/**
 * Spring Cloud Gateway for the microservices stack: exactly the public paths of the shop API, each
 * behind a timeout and a circuit breaker, with request ids, problem details, and the edge's limits
 * (request size and time, headers, a per-client rate).
 */
package io.shoplab.gateway;
