package io.shoplab.services.inventory.reservations;

import java.util.UUID;

import io.shoplab.inventory.ReservationStatus;

/** What became of an order's reservation: {@code RESERVED}, {@code OUT_OF_STOCK}, {@code RELEASED} or {@code COMMITTED}. */
record ReservationAnswer(UUID orderId, ReservationStatus status) {}
