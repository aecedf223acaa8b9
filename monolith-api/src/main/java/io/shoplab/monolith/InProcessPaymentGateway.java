package io.shoplab.monolith;

import java.math.BigDecimal;
import java.util.UUID;

import io.shoplab.orders.PaymentGateway;
import io.shoplab.payments.PaymentRequest;
import io.shoplab.payments.PaymentStatus;
import io.shoplab.payments.Payments;
import org.springframework.stereotype.Component;

@Component
class InProcessPaymentGateway implements PaymentGateway {

    private final Payments payments;

    InProcessPaymentGateway(Payments payments) {
        this.payments = payments;
    }

    @Override
    public boolean capture(UUID orderId, String customerId, BigDecimal amount, String currency, String paymentToken) {
        return payments.capture(new PaymentRequest(orderId, customerId, amount, currency, paymentToken))
                == PaymentStatus.CAPTURED;
    }

    @Override
    public void refund(UUID orderId) {
        payments.voidOrRefund(orderId);
    }

    @Override
    public PaymentState stateOf(UUID orderId) {
        return payments.paymentOf(orderId)
                .map(payment -> switch (payment.status()) {
                    case CAPTURED -> PaymentState.CAPTURED;
                    case DECLINED -> PaymentState.DECLINED;
                    case REFUNDED, VOIDED -> PaymentState.UNDONE;
                })
                .orElse(PaymentState.NONE);
    }
}
