package io.shoplab.lab.shopapi;

import java.math.BigDecimal;

/** What {@code /actuator/payments} says was captured for an order. */
public record Capture(String orderId, BigDecimal amount, String currency) {}
