/** The reviews module's port served over HTTP: whether a product exists, asked of catalog-service. */
package io.shoplab.services.reviews.remote;
