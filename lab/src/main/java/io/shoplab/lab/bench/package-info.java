/**
 * {@code ./shoplab bench}: each stack's capacity on the product page, the catalog listing and order
 * placement, found by an open-model load stepped up until the service level breaks, in rounds that
 * alternate the stacks; then latency and CPU per request per process at half that capacity.
 */
package io.shoplab.lab.bench;
