/**
 * Spring Cloud Gateway for the microservices stack: exactly the public paths of the shop API, each
 * behind a timeout and a circuit breaker, with request ids, a body-size limit and problem details.
 */
package io.shoplab.gateway;
