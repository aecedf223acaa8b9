package io.shoplab.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;

import io.shoplab.platform.test.ModuleDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.context.annotation.Import;

/** {@code /actuator/payments} names the orders whose money is taken, with how much, and the others by state on request. */
@ModuleDataTest
@Import({PaymentsConfiguration.class, Payments.class, PaymentRepository.class, PaymentsEndpoint.class})
class PaymentsEndpointTest {

    @Autowired
    private Payments payments;

    @Autowired
    private PaymentsEndpoint endpoint;

    @Test
    void listsTheOrdersWithACapturedPaymentByDefault() {
        UUID captured = UUID.randomUUID();
        UUID refunded = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        payments.capture(request(captured, "tok_ok"));
        payments.capture(request(refunded, "tok_ok"));
        payments.voidOrRefund(refunded);
        payments.capture(request(declined, Payments.DECLINING_TOKEN));

        PaymentsEndpoint.OrdersInState taken = endpoint.ordersIn(null);

        assertThat(taken.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(taken.orderIds()).contains(captured).doesNotContain(refunded, declined);
        assertThat(taken.count()).isEqualTo(taken.orderIds().size());
        assertThat(taken.payments())
                .extracting(PaymentsEndpoint.Amount::orderId)
                .isEqualTo(taken.orderIds());
        assertThat(taken.payments())
                .filteredOn(payment -> payment.orderId().equals(captured))
                .singleElement()
                .satisfies(payment -> assertThat(payment.amount()).isEqualByComparingTo("9.99"))
                .extracting(PaymentsEndpoint.Amount::currency)
                .isEqualTo("EUR");
        assertThat(endpoint.ordersIn("refunded").orderIds()).contains(refunded).doesNotContain(captured);
        assertThat(endpoint.ordersIn("DECLINED").orderIds()).contains(declined);
    }

    @Test
    void refusesAnUnknownStatus() {
        assertThatThrownBy(() -> endpoint.ordersIn("pending")).isInstanceOf(InvalidEndpointRequestException.class);
    }

    private static PaymentRequest request(UUID orderId, String token) {
        return new PaymentRequest(orderId, "c-endpoint", new BigDecimal("9.99"), "EUR", token);
    }
}
