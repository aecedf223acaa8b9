package io.shoplab.contract.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shoplab.contract.fuzz.HostileRequest.Expectation;

/**
 * The reads of API.md ({@code GET} products, a product, its reviews, its stock, an order, a
 * customer's orders) with hostile ids and paging, refused; and odd but valid ones, served.
 */
final class ReadRequests {

    /** Page numbers API.md refuses (page ≥ 0, an integer). */
    private static final List<String> BAD_PAGES = List.of(
            "-1",
            "-2147483648",
            "2147483648",
            "9223372036854775808",
            "1e400",
            "1.5",
            "1e2",
            "abc",
            "%00",
            "%FF",
            "NaN",
            "%2D1",
            "-0.5",
            "%ED%A0%80",
            "1%00",
            "0x");

    /** Page sizes API.md refuses (1..100, an integer). */
    private static final List<String> BAD_SIZES = List.of(
            "0",
            "-0",
            "-1",
            "101",
            "1000000",
            "2147483648",
            "1.5",
            "abc",
            "%00",
            "%FF",
            "1e400",
            "NaN",
            "100.5",
            "%C0%B1");

    /** Product ids that name no product, or no number: 400 or 404. Leading zeros, '+', hex and spaces are left out (lenient parsers take them). */
    private static final List<String> BAD_PRODUCT_IDS = List.of(
            "abc",
            "1a",
            "a1",
            "1.5",
            "1e3",
            "1,5",
            "9223372036854775808",
            "99999999999999999999",
            "-9223372036854775809",
            "NaN",
            "Infinity",
            "null",
            "undefined",
            "true",
            "%00",
            "1%00",
            "%25",
            "%2525",
            "%F0%9F%92%A9",
            "%E2%80%AE1",
            "%C0%AF",
            "%FF",
            "1%2F2",
            "%2F",
            "1%5C",
            "%2e",
            "%2e%2e",
            "..",
            "...",
            "1;x=1",
            "1;",
            "%3B",
            "%7B%7D",
            "%5B1%5D",
            "-",
            "--1",
            "1-",
            "1+1",
            "0",
            "-0",
            "-1",
            "101",
            "999999",
            "9223372036854775807",
            "-9223372036854775808",
            "9".repeat(20),
            "9".repeat(1_000),
            "9".repeat(5_000),
            "9".repeat(9_000));

    private ReadRequests() {}

    static HostileRequest productPage(Chance chance) {
        boolean badPage = chance.chance(0.5);
        boolean badSize = !badPage || chance.chance(0.3);
        List<String> query = new ArrayList<>();
        query.add("page=" + (badPage ? chance.pick(BAD_PAGES) : String.valueOf(chance.between(0, 3))));
        query.add("size=" + (badSize ? chance.pick(BAD_SIZES) : String.valueOf(chance.between(1, 100))));
        addUnknownParameters(query, chance);
        return refused(
                "GET /api/products paging",
                (badPage ? "page " : "") + (badSize ? "size " : "") + "out of range",
                "/api/products?" + String.join("&", shuffled(query, chance)),
                chance);
    }

    static HostileRequest productRead(Chance chance) {
        String id = chance.pick(BAD_PRODUCT_IDS);
        String path = chance.pick("/api/products/" + id, "/api/products/" + id + "/reviews", "/api/inventory/" + id);
        return refused("GET by product id", "product id '" + OrderRequests.shortly(id) + "'", path, chance);
    }

    static HostileRequest orderRead(Chance chance) {
        UUID random = UUID.randomUUID();
        String id = chance.pick(
                "abc",
                "1",
                "00000000-0000-0000-0000-00000000000g",
                random + "x",
                "%7B" + random + "%7D",
                random.toString().replace("-", ""),
                "0-0-0-0-0",
                random.toString(),
                random.toString().toUpperCase(),
                "%00",
                "..",
                "a".repeat(chance.pick(40, 5_000, 9_000)),
                "%F0%9F%92%A9",
                random + ";x=1",
                random + "%2F",
                random + "/");
        return refused(
                "GET /api/orders/{id}", "order id '" + OrderRequests.shortly(id) + "'", "/api/orders/" + id, chance);
    }

    static HostileRequest customerOrders(FuzzTargets targets, Chance chance) {
        List<String> query = new ArrayList<>();
        String why;
        switch (chance.between(0, 3)) {
            case 0 -> why = "customerId missing";
            case 1 -> {
                String customerId =
                        chance.pick("", "%20", "%09", "%E2%80%83", "%00", "a%00b", "%FF", "%ED%A0%80", "%C0%AF");
                query.add("customerId=" + customerId);
                why = "customerId '" + customerId + "'";
            }
            default -> {
                query.add("customerId=" + encode(targets.customer(chance)));
                boolean badPage = chance.chance(0.5);
                query.add(badPage ? "page=" + chance.pick(BAD_PAGES) : "size=" + chance.pick(BAD_SIZES));
                why = badPage ? "page out of range" : "size out of range";
            }
        }
        addUnknownParameters(query, chance);
        return refused(
                "GET /api/orders?customerId", why, "/api/orders?" + String.join("&", shuffled(query, chance)), chance);
    }

    /** Valid reads with unknown query parameters and unusual (valid) text: served, as API.md ignores what it does not know. */
    static HostileRequest oddButValid(FuzzTargets targets, Chance chance) {
        List<String> query = new ArrayList<>();
        String path;
        switch (chance.between(0, 3)) {
            case 0 -> {
                path = "/api/products";
                query.add("page=" + chance.pick(0, 1, 4, 1_000, Integer.MAX_VALUE));
                query.add("size=" + chance.pick(1, 20, 99, 100));
            }
            case 1 -> path = chance.pick("/api/products/", "/api/inventory/") + targets.product(chance);
            case 2 -> path = "/api/products/" + targets.product(chance) + "/reviews";
            default -> {
                path = "/api/orders";
                // Up to the longest customer id API.md allows, 100 characters of four UTF-8 bytes each.
                String customer = chance.chance(0.8) ? targets.oddCustomer(chance) : "\uD83D\uDCE6".repeat(100);
                query.add("customerId=" + encode(customer));
                if (chance.chance(0.5)) {
                    query.add("size=" + chance.between(1, 100));
                }
            }
        }
        for (int i = chance.between(1, 3); i > 0; i--) {
            query.add(chance.pick(HostileValues.UNKNOWN_PARAMETERS));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (chance.chance(0.3)) {
            headers.put("Accept", chance.pick(HostileValues.JSON_ACCEPTS));
        }
        return new HostileRequest(
                "GET odd but valid",
                "unknown parameters, unusual text",
                Expectation.SERVED,
                "GET",
                path + "?" + String.join("&", shuffled(query, chance)),
                headers,
                new byte[0],
                false);
    }

    private static HostileRequest refused(String family, String why, String path, Chance chance) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (chance.chance(0.15)) {
            headers.put(
                    "Accept",
                    chance.pick(chance.pick(HostileValues.JSON_ACCEPTS), chance.pick(HostileValues.REFUSED_ACCEPTS)));
        }
        if (chance.chance(0.05)) {
            headers.put("X-Request-Id", chance.pick(HostileValues.ODD_REQUEST_IDS));
        }
        return new HostileRequest(family, why, Expectation.REFUSED, "GET", path, headers, new byte[0], false);
    }

    private static void addUnknownParameters(List<String> query, Chance chance) {
        if (chance.chance(0.3)) {
            query.add(chance.pick(HostileValues.UNKNOWN_PARAMETERS));
        }
    }

    private static List<String> shuffled(List<String> query, Chance chance) {
        List<String> order = new ArrayList<>(query);
        if (order.size() > 1 && chance.chance(0.5)) {
            order.add(order.remove(0));
        }
        return order;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
