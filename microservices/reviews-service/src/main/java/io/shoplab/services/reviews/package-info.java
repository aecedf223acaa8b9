/** reviews-service: the reviews module with its own database, an HTTP adapter for its port, and its internal call. */
package io.shoplab.services.reviews;
