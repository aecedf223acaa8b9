package io.shoplab.contract.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shoplab.contract.fuzz.HostileRequest.Expectation;

/**
 * Everything around a body: its Content-Type, Accept, Idempotency-Key and X-Request-Id headers, the
 * path it is posted to, the method, its size and framing. Either dressing for a body that is refused
 * anyway, or the one thing that makes a valid body's request invalid.
 */
final class Envelopes {

    /** Marks a field to leave out. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "missing";
        }
    };

    private static final int BODY_LIMIT = 64 * 1024;

    /** Paths that only look like {@code /api/orders}: none is a path of the shop. */
    static final List<String> ORDER_PATH_TRICKS = List.of(
            "/api/orders;x=1",
            "/api/orders;",
            "/api/orders/",
            "/api/orders//",
            "/api//orders",
            "/api/./orders",
            "/api/orders/.",
            "/api/orders/..;/orders",
            "/api/orders%2F",
            "/api/orders%00",
            "/api/orders%20",
            "/API/ORDERS",
            "/api/Orders",
            "/api/orders.json",
            "/api/orders/x/..",
            "//api/orders",
            "/api/orders%3B",
            "/api/orders/%2e",
            "/api/orders%5C");

    private Envelopes() {}

    /** A body that is refused anyway, sent with JSON or odd but harmless headers. */
    static HostileRequest post(String family, String why, String path, byte[] body, Chance chance) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", chance.pick(HostileValues.JSON_CONTENT_TYPES));
        if (chance.chance(0.2)) {
            headers.put(
                    "Accept",
                    chance.pick(chance.pick(HostileValues.JSON_ACCEPTS), chance.pick(HostileValues.REFUSED_ACCEPTS)));
        }
        if (path.equals("/api/orders") && chance.chance(0.3)) {
            headers.put(
                    "Idempotency-Key",
                    chance.chance(0.5)
                            ? "fuzz-key-" + chance.between(1, 5)
                            : chance.pick(HostileValues.ODD_IDEMPOTENCY_KEYS));
        }
        if (chance.chance(0.1)) {
            headers.put("X-Request-Id", chance.pick(HostileValues.ODD_REQUEST_IDS));
        }
        return new HostileRequest(family, why, Expectation.REFUSED, "POST", path, headers, body, chance.chance(0.1));
    }

    /**
     * A valid JSON body in a request that must be refused for one other reason: a content type that is
     * not JSON, an Accept no JSON answer satisfies, a path that is not the call's, a wrong method, or
     * a body over 64 KiB.
     */
    static HostileRequest refusedEnvelope(
            String family, String path, String validJson, List<String> pathTricks, Chance chance) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        String method = "POST";
        String why;
        byte[] body = Bodies.utf8(validJson);
        boolean chunked = false;
        switch (chance.between(0, 4)) {
            case 0 -> {
                String contentType = chance.pick(HostileValues.REFUSED_CONTENT_TYPES);
                if (contentType.isEmpty()) {
                    headers.remove("Content-Type");
                } else {
                    headers.put("Content-Type", contentType);
                }
                body = Bodies.utf8(chance.chance(0.6) ? validJson : otherFormat(contentType));
                why = "Content-Type '" + contentType + "'";
            }
            case 1 -> {
                String accept = chance.pick(HostileValues.REFUSED_ACCEPTS);
                headers.put("Accept", accept);
                why = "Accept '" + accept + "'";
            }
            case 2 -> {
                path = chance.pick(pathTricks);
                why = "path trick";
            }
            case 3 -> {
                method = chance.pick("PUT", "PATCH", "DELETE");
                why = "wrong method";
            }
            default -> {
                int size = chance.pick(BODY_LIMIT + 1, BODY_LIMIT + 100, 2 * BODY_LIMIT, 4 * BODY_LIMIT);
                body = Bodies.utf8(Bodies.paddedTo(validJson, size));
                chunked = chance.chance(0.5);
                why = "body of " + body.length + " bytes";
            }
        }
        return new HostileRequest(family, why, Expectation.REFUSED, method, path, headers, body, chunked);
    }

    private static String otherFormat(String contentType) {
        if (contentType.contains("xml") || contentType.contains("html")) {
            return "<order><customerId>fuzz</customerId><lines><productId>1</productId><quantity>1</quantity></lines></order>";
        }
        if (contentType.contains("form")) {
            return "customerId=fuzz&lines%5B0%5D.productId=1&lines%5B0%5D.quantity=1&author=fuzz&rating=5";
        }
        return "customerId: fuzz, lines: 1 x 1";
    }
}
