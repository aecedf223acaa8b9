package io.shoplab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import io.shoplab.platform.test.ModuleDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The simulated provider decides by token and remembers per order, so every call may be repeated, and
 * an undo that overtakes its capture (a saga's compensation) still wins.
 */
@ModuleDataTest
@Import({PaymentsConfiguration.class, Payments.class, PaymentRepository.class})
class PaymentsTest {

    @Autowired
    private Payments payments;

    @Test
    void capturesTheExactAmountWithAnyOtherToken() {
        UUID order = UUID.randomUUID();

        assertThat(payments.capture(request(order, "tok_ok", "1234.56"))).isEqualTo(PaymentStatus.CAPTURED);

        Payment payment = payments.paymentOf(order).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(payment.amount()).isEqualByComparingTo("1234.56");
        assertThat(payment.currency()).isEqualTo("EUR");
        assertThat(payment.customerId()).isEqualTo("c-1");
    }

    @Test
    void declinesTheDecliningToken() {
        UUID order = UUID.randomUUID();

        assertThat(payments.capture(request(order, "tok_declined", "10.00"))).isEqualTo(PaymentStatus.DECLINED);
        assertThat(payments.paymentOf(order).orElseThrow().status()).isEqualTo(PaymentStatus.DECLINED);
    }

    @Test
    void captureAgainAnswersTheFirstDecisionEvenWithAnotherToken() {
        UUID captured = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        payments.capture(request(captured, "tok_ok", "10.00"));
        payments.capture(request(declined, "tok_declined", "10.00"));

        assertThat(payments.capture(request(captured, "tok_declined", "99.00"))).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(payments.capture(request(declined, "tok_ok", "10.00"))).isEqualTo(PaymentStatus.DECLINED);
        assertThat(payments.paymentOf(captured).orElseThrow().amount()).isEqualByComparingTo("10.00");
    }

    @Test
    void refundGivesACaptureBackOnce() {
        UUID order = UUID.randomUUID();
        payments.capture(request(order, "tok_ok", "10.00"));

        assertThat(payments.voidOrRefund(order)).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payments.voidOrRefund(order)).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payments.paymentOf(order).orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aRefundedOrderCannotBeCapturedAgain() {
        UUID order = UUID.randomUUID();
        payments.capture(request(order, "tok_ok", "10.00"));
        payments.voidOrRefund(order);

        assertThat(payments.capture(request(order, "tok_ok", "10.00"))).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void voidBeforeCaptureMakesALateCaptureTakeNothing() {
        UUID order = UUID.randomUUID();

        assertThat(payments.voidOrRefund(order)).isEqualTo(PaymentStatus.VOIDED);
        assertThat(payments.capture(request(order, "tok_ok", "10.00"))).isEqualTo(PaymentStatus.VOIDED);

        Payment payment = payments.paymentOf(order).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(payment.amount()).isNull();
    }

    @Test
    void undoingADeclineLeavesItDeclined() {
        UUID order = UUID.randomUUID();
        payments.capture(request(order, "tok_declined", "10.00"));

        assertThat(payments.voidOrRefund(order)).isEqualTo(PaymentStatus.DECLINED);
    }

    @Test
    void anOrderNeverSeenHasNoPayment() {
        assertThat(payments.paymentOf(UUID.randomUUID())).isEmpty();
    }

    private static PaymentRequest request(UUID order, String token, String amount) {
        return new PaymentRequest(order, "c-1", new BigDecimal(amount), "EUR", token);
    }
}
