package io.shoplab.orders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * A client's {@code Idempotency-Key} with the fingerprint of the request it came with: the same key
 * with the same fingerprint is a replay, with another fingerprint a client error.
 */
record IdempotencyKey(String key, String fingerprint) {

    static IdempotencyKey of(String key, PlaceOrder request) {
        String canonical = request.customerId()
                + '\n'
                + request.paymentTokenOrDefault()
                + '\n'
                + request.lines().stream()
                        .map(line -> line.productId() + "x" + line.quantity())
                        .collect(Collectors.joining(","));
        return new IdempotencyKey(key, sha256(canonical));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
