package io.shoplab.lab.shopapi;

/** What a user of the shop does, as the campaign's load drives it. */
public enum Journey {
    /** {@code GET /api/products?page=…}: 200 expected. */
    BROWSE("browse"),
    /** {@code GET /api/products/{id}}: 200 expected; a 200 with parts in {@code degraded} counts apart. */
    PRODUCT_PAGE("product page"),
    /** {@code POST /api/products/{id}/reviews}: 201 expected. */
    REVIEW("review"),
    /** {@code POST /api/orders} with an {@code Idempotency-Key}, retried with it: a 201 (either status) expected. */
    ORDER("order");

    private final String label;

    Journey(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
