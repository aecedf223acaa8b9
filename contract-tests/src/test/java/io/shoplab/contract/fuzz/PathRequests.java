package io.shoplab.contract.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.shoplab.contract.fuzz.HostileRequest.Expectation;

/**
 * Methods a path does not take, paths the shop does not have, and paths that try to reach the
 * services' internal calls ({@code /internal/...}) or the gateway's own fallbacks from outside.
 */
final class PathRequests {

    private PathRequests() {}

    static HostileRequest wrongMethod(FuzzTargets targets, Chance chance) {
        long product = targets.product(chance);
        String path = chance.pick(
                "/api/products",
                "/api/products/" + product,
                "/api/products/" + product + "/reviews",
                "/api/inventory/" + product,
                "/api/orders",
                "/api/orders/" + UUID.randomUUID());
        String method = chance.pick("PUT", "DELETE", "PATCH", "TRACE", "FOO", "POST");
        if (method.equals("POST") && (path.equals("/api/orders") || path.endsWith("/reviews"))) {
            method = "DELETE";
        }
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = new byte[0];
        if (!method.equals("TRACE") && chance.chance(0.5)) {
            headers.put("Content-Type", "application/json");
            body = Bodies.utf8(
                    path.endsWith("/reviews")
                            ? JsonText.write(Bodies.review(chance), false)
                            : JsonText.write(Bodies.order(targets, chance), false));
        }
        return new HostileRequest(
                "wrong method", method + " on " + path, Expectation.REFUSED, method, path, headers, body, false);
    }

    static HostileRequest noSuchPath(Chance chance) {
        UUID order = UUID.randomUUID();
        String path = chance.pick(
                "/api",
                "/api/",
                "/api/nope",
                "/api/products/1/nope",
                "/api/products/1/reviews/1/x",
                "/api/orders/" + order + "/lines",
                "/internal/products/1",
                "/internal/prices?ids=1",
                "/internal/ratings/1",
                "/internal/reservations/" + order + "/commit",
                "/internal/payments/" + order + "/refund",
                "/api/orders/..%2F..%2Finternal%2Fratings%2F1",
                "/api/products/1/..%2F..%2F..%2Finternal%2Fratings%2F1",
                "/api/products/1/reviews/..;/..;/..;/internal/ratings/1",
                "/api/inventory/..;/..;/internal/prices?ids=1",
                "/api/orders/..;/..;/internal/payments/" + order + "/refund",
                "/%2e%2e/internal/ratings/1",
                "/api/products/1/%2e%2e/%2e%2e/%2e%2e/internal/ratings/1",
                "/fallback/orders-service",
                "/fallback/catalog-service",
                "/api/%2e%2e/internal/ratings/1",
                "/api/orders%2F..%2F..%2Finternal%2Fratings%2F1",
                "/" + "x".repeat(chance.pick(100, 3_000, 9_000)));
        String method = path.contains("commit") || path.contains("refund") ? "POST" : chance.pick("GET", "GET", "POST");
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = new byte[0];
        if (method.equals("POST")) {
            headers.put("Content-Type", "application/json");
            body = Bodies.utf8(
                    "{\"orderId\":\"" + order + "\",\"amount\":1.00,\"lines\":[{\"productId\":1,\"quantity\":1}]}");
        }
        return new HostileRequest(
                "no such path", method + " " + path, Expectation.REFUSED, method, path, headers, body, false);
    }
}
