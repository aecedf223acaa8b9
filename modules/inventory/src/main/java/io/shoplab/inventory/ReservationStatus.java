package io.shoplab.inventory;

/** What became of an order's reservation. */
public enum ReservationStatus {
    /** Stock is held for the order. */
    RESERVED,
    /** There was not enough stock; nothing is held. */
    OUT_OF_STOCK,
    /** The order was confirmed; the stock is gone from the shelf. */
    COMMITTED,
    /** The hold was given back (or refused before it was made); nothing is held. */
    RELEASED
}
