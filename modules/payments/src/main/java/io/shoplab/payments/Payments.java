package io.shoplab.payments;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.shoplab.platform.ModuleFacade;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The payments module's only entry. Every call is keyed by the order id and idempotent. */
@ModuleFacade(module = "payments")
public class Payments {

    static final String DECLINING_TOKEN = "tok_declined";

    private final PaymentRepository payments;
    private final TransactionTemplate nested;

    Payments(PaymentRepository payments, PlatformTransactionManager transactions) {
        this.payments = payments;
        // NESTED: inside the monolith's order transaction a failure rolls back to a savepoint only;
        // on its own it is a plain transaction.
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Takes the amount, or declines. Asked again for the same order, it answers what it decided the
     * first time; after {@link #voidOrRefund} it answers {@code VOIDED} or {@code REFUNDED} and takes nothing.
     */
    public PaymentStatus capture(PaymentRequest request) {
        return firstDecisionFor(
                request.orderId(),
                () -> nested.execute(tx -> {
                    Optional<Payment> earlier = payments.find(request.orderId());
                    if (earlier.isPresent()) {
                        return earlier.get().status();
                    }
                    PaymentStatus decision = DECLINING_TOKEN.equals(request.paymentToken())
                            ? PaymentStatus.DECLINED
                            : PaymentStatus.CAPTURED;
                    payments.insert(request, decision);
                    return decision;
                }));
    }

    /**
     * Undoes the order's payment: a capture is refunded; with no payment yet, a void is recorded so a
     * late capture takes nothing. Idempotent.
     */
    public PaymentStatus voidOrRefund(UUID orderId) {
        try {
            return nested.execute(tx -> undo(orderId));
        } catch (DuplicateKeyException captureCameFirst) {
            // A capture recorded itself between our look and our void: now there is a row to refund.
            return nested.execute(tx -> undo(orderId));
        }
    }

    private PaymentStatus undo(UUID orderId) {
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

    /**
     * Two captures for one order at the same moment (a retry overtaking a slow first call), or a
     * capture racing a void, both try to record the first decision; the loser rolls back its savepoint
     * and answers what the winner decided, as any later call would.
     */
    private PaymentStatus firstDecisionFor(UUID orderId, Supplier<PaymentStatus> call) {
        try {
            return call.get();
        } catch (DuplicateKeyException lostTheRace) {
            return payments.find(orderId).map(Payment::status).orElseThrow(() -> lostTheRace);
        }
    }
}
