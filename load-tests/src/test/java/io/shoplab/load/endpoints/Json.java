package io.shoplab.load.endpoints;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Reads fields of a parsed JSON body (Gatling hands it over as maps, lists, strings and numbers)
 * and states body rules; a broken rule throws {@link BodyRuleViolation}.
 */
final class Json {

    private Json() {}

    static void require(boolean rule, String message) {
        if (!rule) {
            throw new BodyRuleViolation(message);
        }
    }

    static Object field(Map<String, Object> object, String name) {
        require(object.containsKey(name) && object.get(name) != null, "'" + name + "' is missing");
        return object.get(name);
    }

    static String text(Map<String, Object> object, String name) {
        var value = field(object, name);
        require(value instanceof String s && !s.isBlank(), "'" + name + "' is not a non-blank string: " + value);
        return (String) value;
    }

    static long integer(Map<String, Object> object, String name) {
        var value = field(object, name);
        require(value instanceof Integer || value instanceof Long, "'" + name + "' is not an integer: " + value);
        return ((Number) value).longValue();
    }

    /** A money amount: a JSON number with at most two decimals, never negative. */
    static BigDecimal money(Map<String, Object> object, String name) {
        var value = field(object, name);
        require(value instanceof Number, "'" + name + "' is not a number: " + value);
        var amount = new BigDecimal(value.toString());
        require(
                amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2,
                "'" + name + "' is not an amount of money: " + value);
        return amount;
    }

    static OffsetDateTime timestamp(Map<String, Object> object, String name) {
        var value = text(object, name);
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new BodyRuleViolation("'" + name + "' is not ISO-8601 with an offset: " + value);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> object, String name) {
        var value = field(object, name);
        require(value instanceof Map, "'" + name + "' is not an object: " + value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Map<String, Object> object, String name) {
        var value = field(object, name);
        require(value instanceof List, "'" + name + "' is not an array: " + value);
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> element(Object value, String what) {
        require(value instanceof Map, what + " is not an object: " + value);
        return (Map<String, Object>) value;
    }
}
