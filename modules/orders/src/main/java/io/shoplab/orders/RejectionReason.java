package io.shoplab.orders;

public enum RejectionReason {
    OUT_OF_STOCK,
    PAYMENT_DECLINED
}
