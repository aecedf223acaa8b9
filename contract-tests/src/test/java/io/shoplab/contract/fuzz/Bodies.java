package io.shoplab.contract.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shoplab.contract.fuzz.JsonText.Raw;

/** Valid bodies to start from, and the ways to wrap a JSON body that keep it valid or break it whole. */
final class Bodies {

    private Bodies() {}

    static Map<String, Object> order(FuzzTargets targets, Chance chance) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("customerId", targets.customer(chance));
        List<Object> lines = new ArrayList<>();
        for (int i = chance.between(1, 3); i > 0; i--) {
            lines.add(line(targets.product(chance), chance.between(1, 3)));
        }
        order.put("lines", lines);
        if (chance.chance(0.3)) {
            order.put("paymentToken", chance.pick("tok_ok", "tok_declined"));
        }
        return order;
    }

    static Map<String, Object> line(Object productId, Object quantity) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("productId", productId);
        line.put("quantity", quantity);
        return line;
    }

    static Map<String, Object> review(Chance chance) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("author", "Fuzz " + chance.pick(HostileValues.ODD_TEXT));
        review.put("rating", chance.between(1, 5));
        if (chance.chance(0.6)) {
            review.put("comment", "Fuzzed " + chance.pick(HostileValues.ODD_TEXT));
        }
        return review;
    }

    /** Unknown fields (ignored by API.md) holding extreme values: deep nesting, huge numbers, odd text. */
    static void addUnknownFields(Map<String, Object> body, Chance chance) {
        for (int i = chance.between(1, 3); i > 0; i--) {
            body.put(
                    chance.pick("extra", "id", "status", "total", "__proto__", "customer_id", "\u202Eflip", "x" + i),
                    chance.pick(
                            new Raw(nested(chance.pick(5, 50, 400))),
                            chance.pick(HostileValues.OUT_OF_RANGE_NUMBERS),
                            chance.pick(HostileValues.ODD_TEXT),
                            null,
                            List.of(),
                            Map.of()));
        }
    }

    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** Whole-body breakage: no object at all, or JSON that does not parse, however valid its content. */
    static String broken(String validJson, Chance chance) {
        return switch (chance.between(0, 9)) {
            case 0 -> "[" + validJson + "]";
            case 1 -> chance.pick("", " ", "null", "true", "0", "\"order\"", "[]", "{}x");
            case 2 -> validJson.substring(0, chance.between(1, validJson.length() - 1));
            case 3 -> validJson + chance.pick("x", "{}", "]", ",", "\u0000");
            case 4 -> validJson.substring(0, validJson.length() - 1) + ",}";
            case 5 -> validJson.replace('"', '\'');
            case 6 -> "/* c */" + validJson;
            case 7 -> nested(chance.pick(600, 2_000, 10_000));
            case 8 -> "{\"a\":".repeat(chance.pick(600, 3_000)) + "1" + "}".repeat(chance.pick(600, 3_000));
            default ->
                validJson.replaceFirst(
                        ":", ":" + chance.pick(HostileValues.NOT_JSON_NUMBERS).json() + ",\"x\":");
        };
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A valid JSON body padded with an unknown field to {@code bytes} bytes. */
    static String paddedTo(String validJson, int bytes) {
        String start = validJson.substring(0, validJson.length() - 1) + ",\"padding\":\"";
        int missing = bytes - utf8(start).length - 2;
        return start + "p".repeat(Math.max(0, missing)) + "\"}";
    }
}
