package io.shoplab.services.catalog.internal;

/** The answer to "is there such a product?" when there is; an unknown product is a 404. */
record ProductExistence(long id, boolean exists) {}
