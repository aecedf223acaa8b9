package io.shoplab.orders;

public enum OrderStatus {
    /** Stock taken and payment captured. */
    CONFIRMED,
    /** Nothing taken, nothing charged; see the rejection reason. */
    REJECTED
}
