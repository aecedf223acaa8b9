package io.shoplab.load.endpoints;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An order a virtual user is about to place, with the answer the contract allows for it.
 *
 * @param paymentToken   {@code null} to let the shop use its default ({@code tok_ok})
 * @param idempotencyKey empty for a plain order; present when the order is sent with a key (and replayed)
 */
public record OrderRequest(
        String customerId,
        List<Line> lines,
        String paymentToken,
        ExpectedOutcome expectedOutcome,
        Optional<String> idempotencyKey) {

    public record Line(int productId, int quantity) {}

    /** What a correct shop may answer; every other answer is a failure. */
    public enum ExpectedOutcome {
        /** Plentiful stock, accepted payment. */
        CONFIRMED,
        /** A scarce product: stock may be gone, then REJECTED with OUT_OF_STOCK is the correct answer. */
        CONFIRMED_OR_OUT_OF_STOCK,
        /** {@code tok_declined}: REJECTED with PAYMENT_DECLINED. */
        PAYMENT_DECLINED
    }

    /** The request body, built by hand: its few fields are numbers and generated ASCII ids. */
    public String json() {
        var lineJson = lines.stream()
                .map(line -> "{\"productId\":" + line.productId() + ",\"quantity\":" + line.quantity() + "}")
                .collect(Collectors.joining(",", "[", "]"));
        var token = paymentToken == null ? "" : ",\"paymentToken\":\"" + paymentToken + "\"";
        return "{\"customerId\":\"" + customerId + "\",\"lines\":" + lineJson + token + "}";
    }
}
