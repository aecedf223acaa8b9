package io.shoplab.contract.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shoplab.contract.fuzz.JsonText.Raw;

/**
 * {@code POST /api/orders} with a body that breaks at least one rule of API.md (customerId blank or
 * over 100 characters, lines empty or over 50, quantity not 1..1000, productId unknown, paymentToken
 * present but empty, blank or over 100 characters, a wrong type,
 * malformed JSON), dressed with whatever else keeps it broken: odd text, unknown fields, odd headers.
 */
final class OrderRequests {

    private OrderRequests() {}

    static HostileRequest brokenBody(FuzzTargets targets, Chance chance) {
        Map<String, Object> order = Bodies.order(targets, chance);
        List<String> why = new ArrayList<>();
        for (int breaks = chance.pick(1, 1, 1, 2, 3); breaks > 0; breaks--) {
            why.add(breakOne(order, targets, chance));
        }
        if (chance.chance(0.3)) {
            Bodies.addUnknownFields(order, chance);
            why.add("unknown fields");
        }
        targets.sent(order.get("customerId"));
        String json = JsonText.write(order, chance.chance(0.3));
        if (chance.chance(0.1)) {
            json = Bodies.broken(json, chance);
            why.add("malformed JSON");
        }
        return Envelopes.post(
                "POST /api/orders body", String.join("; ", why), "/api/orders", Bodies.utf8(json), chance);
    }

    /** A valid order sent in a way that must be refused before anything is stored. */
    static HostileRequest validBodyRefused(FuzzTargets targets, Chance chance) {
        Map<String, Object> order = Bodies.order(targets, chance);
        targets.sent(order.get("customerId"));
        return Envelopes.refusedEnvelope(
                "POST /api/orders envelope",
                "/api/orders",
                JsonText.write(order, false),
                Envelopes.ORDER_PATH_TRICKS,
                chance);
    }

    @SuppressWarnings("unchecked")
    private static String breakOne(Map<String, Object> order, FuzzTargets targets, Chance chance) {
        List<Object> lines = order.get("lines") instanceof List<?> list ? (List<Object>) list : null;
        Map<String, Object> line = lines != null && !lines.isEmpty() && lines.get(0) instanceof Map<?, ?> first
                ? (Map<String, Object>) first
                : null;
        int kind = chance.between(0, 5);
        if (line == null && (kind == 2 || kind == 3 || kind == 5)) {
            kind = 0; // the lines are broken already: break something else
        }
        switch (kind) {
            case 0 -> {
                Object customerId = customerId(targets, chance);
                if (customerId == Envelopes.MISSING) {
                    order.remove("customerId");
                    return "customerId missing";
                }
                order.put("customerId", customerId);
                return "customerId: " + customerId;
            }
            case 1 -> {
                Object broken = chance.pick(
                        Envelopes.MISSING,
                        null,
                        new ArrayList<>(),
                        new Raw("\"lines\""),
                        new Raw("5"),
                        new Raw("{}"),
                        new Raw("true"),
                        new Raw("[null]"),
                        new Raw("[[]]"),
                        new Raw("[5]"),
                        new Raw("[\"x\"]"),
                        tooManyLines(targets, chance));
                if (broken == Envelopes.MISSING) {
                    order.remove("lines");
                    return "lines missing";
                }
                order.put("lines", broken);
                return "lines: " + (broken instanceof List<?> list ? list.size() + " entries" : String.valueOf(broken));
            }
            case 2, 3 -> {
                String field = chance.pick("productId", "quantity");
                Object value = chance.pick(
                        Envelopes.MISSING,
                        null,
                        chance.pick(HostileValues.OUT_OF_RANGE_NUMBERS),
                        chance.pick(HostileValues.NOT_NUMBERS),
                        field.equals("quantity") ? new Raw("1001") : new Raw("999999"),
                        field.equals("quantity") ? new Raw("0") : new Raw("101"));
                if (value == Envelopes.MISSING) {
                    line.remove(field);
                } else {
                    line.put(field, value);
                }
                return "lines[0]." + field + ": " + (value == Envelopes.MISSING ? "missing" : String.valueOf(value));
            }
            case 4 -> {
                // Present but blank is refused as absent is not: API.md's one rule for the token, on both stacks.
                Object token = chance.pick(
                        HostileValues.overLimit(chance, 100),
                        chance.pick(HostileValues.NOT_STRINGS),
                        chance.pick(HostileValues.MALFORMED_TEXT),
                        chance.pick(HostileValues.BLANK));
                order.put("paymentToken", token);
                return "paymentToken: " + shortly(token);
            }
            default -> {
                lines.add(chance.pick(
                        null,
                        new Raw("{}"),
                        Bodies.line(chance.pick(HostileValues.OUT_OF_RANGE_NUMBERS), 1),
                        Bodies.line(targets.product(chance), chance.pick(HostileValues.NOT_NUMBERS))));
                return "an extra broken line: " + shortly(lines.get(lines.size() - 1));
            }
        }
    }

    private static Object customerId(FuzzTargets targets, Chance chance) {
        return switch (chance.between(0, 4)) {
            case 0 -> chance.pick(Envelopes.MISSING, null);
            case 1 -> chance.pick(HostileValues.BLANK);
            case 2 ->
                chance.chance(0.5)
                        ? HostileValues.overLimit(chance, 100)
                        : targets.customer(chance) + "-" + "z".repeat(100);
            case 3 -> chance.pick(HostileValues.NOT_STRINGS);
            default -> chance.pick(HostileValues.MALFORMED_TEXT) + targets.customer(chance);
        };
    }

    private static List<Object> tooManyLines(FuzzTargets targets, Chance chance) {
        List<Object> lines = new ArrayList<>();
        for (int i = chance.pick(51, 52, 100, 500); i > 0; i--) {
            lines.add(Bodies.line(targets.product(chance), 1));
        }
        return lines;
    }

    static String shortly(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 60) + "…(" + text.length() + " chars)";
    }
}
