/**
 * What the five services share and the monolith does not: registration with Eureka, a load-balanced
 * {@link org.springframework.web.client.RestClient} per called service (request ids, timeouts), and one
 * way of guarding a remote call and turning its failure into a 503. An auto-configuration; never scanned.
 */
package io.shoplab.services.support;
