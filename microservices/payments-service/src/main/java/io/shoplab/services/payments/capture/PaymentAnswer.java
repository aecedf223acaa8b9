package io.shoplab.services.payments.capture;

import java.util.UUID;

import io.shoplab.payments.PaymentStatus;

/** What became of an order's payment: {@code CAPTURED}, {@code DECLINED}, {@code REFUNDED} or {@code VOIDED}. */
record PaymentAnswer(UUID orderId, PaymentStatus status) {}
