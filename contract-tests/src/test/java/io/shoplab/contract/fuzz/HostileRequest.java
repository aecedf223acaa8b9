package io.shoplab.contract.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated request and what API.md demands of its answer.
 *
 * @param family  the kind of abuse, e.g. {@code POST /api/orders body}
 * @param why     what makes it hostile, e.g. {@code lines[0].quantity: 1e400}
 * @param path    path and query, percent-encoded as sent
 * @param headers sent as given, in order; an absent Content-Type is sent as none
 * @param body    the exact bytes sent, empty for none
 * @param chunked whether the body goes out chunked, without {@code Content-Length}
 */
record HostileRequest(
        String family,
        String why,
        Expectation expectation,
        String method,
        String path,
        Map<String, String> headers,
        byte[] body,
        boolean chunked) {

    private static final int SHOWN_CHARS = 400;

    enum Expectation {
        /** Not valid by API.md: a 4xx problem, and nothing stored. */
        REFUSED,
        /** Odd but valid by API.md (a read with an unknown query parameter, unusual text): a 2xx JSON answer. */
        SERVED
    }

    HostileRequest {
        headers = new LinkedHashMap<>(headers);
    }

    /** Method, path, headers and body as a person reading a failed case needs them, long values cut. */
    String describe() {
        Map<String, String> shownHeaders = new LinkedHashMap<>();
        headers.forEach((name, value) -> shownHeaders.put(name, shorten(value, 120)));
        String text = new String(body, StandardCharsets.UTF_8);
        return method + " " + shorten(path, SHOWN_CHARS) + "\n  why: " + visible(why) + " (" + expectation + ")"
                + "\n  headers: " + shownHeaders
                + "\n  body (" + body.length + " bytes" + (chunked ? ", chunked" : "") + "): "
                + visible(shorten(text, SHOWN_CHARS));
    }

    String title() {
        return visible(method + " " + shorten(path, 70) + " - " + shorten(why, 90));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }

    /** Control characters, surrogates and format characters (RTL overrides, zero-width) made visible. */
    private static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c < 0x20 || Character.isSurrogate((char) c) || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.append((char) c);
            }
        });
        return shown.toString();
    }
}
