/** What catalog-service asks the reviews ({@code /internal/ratings}); never routed by the gateway. */
package io.shoplab.services.reviews.internal;
