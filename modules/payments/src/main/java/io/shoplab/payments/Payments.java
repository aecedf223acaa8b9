package io.shoplab.payments;

import java.util.Optional;
import java.util.UUID;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.shoplab.platform.ModuleFacade;

/** The payments module's only entry. Every call is keyed by the order id and idempotent. */
@ModuleFacade(module = "payments")
public class Payments {

    static final String DECLINING_TOKEN = "tok_declined";

    private final PaymentRepository payments;

    Payments(PaymentRepository payments) {
        this.payments = payments;
    }

    /**
     * Takes the amount, or declines. Asked again for the same order, it answers what it decided the
     * first time; after {@link #voidOrRefund} it answers {@code VOIDED} or {@code REFUNDED} and takes nothing.
     */
    @Transactional(propagation = Propagation.NESTED)
    public PaymentStatus capture(PaymentRequest request) {
        Optional<Payment> earlier = payments.find(request.orderId());
        if (earlier.isPresent()) {
            return earlier.get().status();
        }
        PaymentStatus decision = DECLINING_TOKEN.equals(request.paymentToken()) ? PaymentStatus.DECLINED : PaymentStatus.CAPTURED;
        payments.insert(request, decision);
        return decision;
    }

    /**
     * Undoes the order's payment: a capture is refunded; with no payment yet, a void is recorded so a
     * late capture takes nothing. Idempotent.
     */
    @Transactional(propagation = Propagation.NESTED)
    public PaymentStatus voidOrRefund(UUID orderId) {
        Optional<Payment> earlier = payments.lock(orderId);
        if (earlier.isEmpty()) {
            payments.insertVoid(orderId);
            return PaymentStatus.VOIDED;
        }
        if (earlier.get().status() == PaymentStatus.CAPTURED) {
            payments.updateStatus(orderId, PaymentStatus.REFUNDED);
            return PaymentStatus.REFUNDED;
        }
        return earlier.get().status();
    }

    public Optional<Payment> paymentOf(UUID orderId) {
        return payments.find(orderId);
    }
}
