package io.shoplab.contract.fuzz;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON text by hand, because hostile bodies need what a JSON library will not write: number
 * literals beyond any Java type ({@code 1e400}), malformed fragments, lone surrogates as escapes.
 * Maps become objects (in their order), lists arrays, {@link Raw} goes in verbatim.
 */
final class JsonText {

    /** A fragment written exactly as given: a hostile number, a wrong type, broken syntax. */
    record Raw(String json) {}

    private JsonText() {}

    /**
     * @param escapeNonAscii write every non-ASCII character as {@code \}{@code uXXXX} (else as UTF-8);
     *                       control characters and lone surrogates are always escaped
     */
    static String write(Object value, boolean escapeNonAscii) {
        StringBuilder json = new StringBuilder();
        write(value, escapeNonAscii, json);
        return json.toString();
    }

    private static void write(Object value, boolean escapeNonAscii, StringBuilder json) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Raw raw) {
            json.append(raw.json());
        } else if (value instanceof String text) {
            string(text, escapeNonAscii, json);
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Map<?, ?> map) {
            json.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.append(separator);
                string(String.valueOf(entry.getKey()), escapeNonAscii, json);
                json.append(':');
                write(entry.getValue(), escapeNonAscii, json);
                separator = ",";
            }
            json.append('}');
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                json.append(i == 0 ? "" : ",");
                write(list.get(i), escapeNonAscii, json);
            }
            json.append(']');
        } else {
            throw new IllegalArgumentException("No JSON for " + value.getClass());
        }
    }

    private static void string(String text, boolean escapeNonAscii, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20
                    || (Character.isSurrogate(c) && !paired && !isLowAfterHigh(text, i))
                    || (escapeNonAscii && c > 0x7E)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    private static boolean isLowAfterHigh(String text, int i) {
        return Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
