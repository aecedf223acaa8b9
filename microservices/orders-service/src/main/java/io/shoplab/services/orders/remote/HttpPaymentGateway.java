package io.shoplab.services.orders.remote;

import java.math.BigDecimal;
import java.util.UUID;

import io.shoplab.orders.PaymentGateway;
import io.shoplab.services.support.RemoteCalls;
import io.shoplab.services.support.RemoteClients;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** {@link PaymentGateway} over HTTP: payments-service's internal {@code /internal/payments/{orderId}}. */
@Component
class HttpPaymentGateway implements PaymentGateway {

    private final RestClient payments;
    private final RemoteCalls remote;

    HttpPaymentGateway(RemoteClients clients, RemoteCalls remote) {
        this.payments = clients.forService("payments-service");
        this.remote = remote;
    }

    @Override
    public boolean capture(UUID orderId, String customerId, BigDecimal amount, String currency, String paymentToken) {
        var request = new CaptureRequest(customerId, amount, currency, paymentToken);
        PaymentAnswer answer = remote.call(
                "payments",
                () -> payments.put()
                        .uri("/internal/payments/{orderId}", orderId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(request)
                        .retrieve()
                        .body(PaymentAnswer.class));
        return answer.status() == Status.CAPTURED;
    }

    @Override
    public void refund(UUID orderId) {
        remote.run(
                "payments",
                () -> payments.post()
                        .uri("/internal/payments/{orderId}/refund", orderId)
                        .retrieve()
                        .toBodilessEntity());
    }

    @Override
    public PaymentState stateOf(UUID orderId) {
        try {
            PaymentAnswer answer = remote.call(
                    "payments",
                    () -> payments.get()
                            .uri("/internal/payments/{orderId}", orderId)
                            .retrieve()
                            .body(PaymentAnswer.class));
            return switch (answer.status()) {
                case CAPTURED -> PaymentState.CAPTURED;
                case DECLINED -> PaymentState.DECLINED;
                case REFUNDED, VOIDED -> PaymentState.UNDONE;
            };
        } catch (HttpClientErrorException.NotFound neverHeardOf) {
            return PaymentState.NONE;
        }
    }

    record CaptureRequest(String customerId, BigDecimal amount, String currency, String paymentToken) {}

    /** payments-service's answer about an order's payment, as far as orders reads it. */
    record PaymentAnswer(UUID orderId, Status status) {}

    enum Status {
        CAPTURED,
        DECLINED,
        REFUNDED,
        VOIDED
    }
}
