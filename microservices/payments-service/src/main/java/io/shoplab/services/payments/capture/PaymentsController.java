package io.shoplab.services.payments.capture;

import java.util.UUID;

import io.shoplab.payments.Payment;
import io.shoplab.payments.Payments;
import io.shoplab.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The saga's calls into payments, keyed by order id. Each is idempotent (the module guarantees it), so
 * orders-service may repeat any of them after a timeout without charging twice.
 */
@RestController
@RequestMapping("/internal/payments/{orderId}")
@Tag(
        name = "Payments (internal)",
        description = "Captures and refunds; called by orders-service only, never routed by the gateway.")
class PaymentsController {

    private final Payments payments;

    PaymentsController(Payments payments) {
        this.payments = payments;
    }

    @PutMapping
    @Operation(
            summary = "Capture the order's amount, or decline",
            description = "Idempotent: asked again, answers what was decided first; after a refund or void it answers "
                    + "REFUNDED or VOIDED and takes nothing. The token tok_declined declines.")
    PaymentAnswer capture(@PathVariable UUID orderId, @Valid @RequestBody CaptureRequest request) {
        return new PaymentAnswer(orderId, payments.capture(request.forOrder(orderId)));
    }

    @PostMapping("/refund")
    @Operation(
            summary = "Refund the order's capture, or void its payment before one happens",
            description = "Idempotent.")
    PaymentAnswer refund(@PathVariable UUID orderId) {
        return new PaymentAnswer(orderId, payments.voidOrRefund(orderId));
    }

    @GetMapping
    @Operation(summary = "The order's payment", description = "404 when the provider never heard of the order.")
    Payment payment(@PathVariable UUID orderId) {
        return payments.paymentOf(orderId).orElseThrow(() -> new NotFoundException("No payment for order " + orderId));
    }
}
