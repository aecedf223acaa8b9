/**
 * The shop in containers, end to end: docker-compose.yml built and started on a real container engine,
 * the contract suite run against its gateway and its monolith, a service killed.
 */
package io.shoplab.containers;
