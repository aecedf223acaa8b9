package io.shoplab.contract.fuzz;

import java.util.List;

import io.shoplab.contract.fuzz.JsonText.Raw;

/**
 * The hostile values the generators draw from. Each list holds only values that break the rule it is
 * named for, so a request built from one is invalid by API.md whatever else it carries; values whose
 * validity API.md leaves open ({@code 1.0} for an integer, {@code 0x1F} or {@code 07} for an id, a
 * blank made of no-break spaces) are left out on purpose.
 */
final class HostileValues {

    /** JSON numbers no integer field of the API takes: negative, zero, fractions, beyond int, long and double. */
    static final List<Raw> OUT_OF_RANGE_NUMBERS = raw(
            "-1",
            "0",
            "-0",
            "1.5",
            "0.5",
            "-2.5",
            "1e400",
            "-1e400",
            "1e-400",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
            "1" + "0".repeat(400),
            "3.5e38",
            "1e19");

    /** Tokens that are no JSON at all: the whole body is then malformed. */
    static final List<Raw> NOT_JSON_NUMBERS =
            raw("NaN", "Infinity", "-Infinity", "01", "+1", ".5", "1.", "0x10", "1_000", "--1", "1e", "\u0661");

    /** What a number field must not take instead of a number. */
    static final List<Raw> NOT_NUMBERS =
            raw("\"1\"", "\"5\"", "\"abc\"", "\"\"", "\"1e400\"", "true", "false", "{}", "[]", "[1]", "{\"value\":1}");

    /** What a text field must not take instead of a string. */
    static final List<Raw> NOT_STRINGS =
            raw("5", "0", "-1.5", "1e400", "true", "false", "{}", "[]", "[\"a\"]", "{\"text\":\"a\"}");

    /** Only whitespace (Java's and Unicode's White_Space alike): blank. */
    static final List<String> BLANK =
            List.of("", " ", "\t", "\n", "\r\n", "\u2003", "\u3000", "\u2028", "\u1680", "  \t \u2003 ");

    /** Not text: a NUL, or a surrogate without its partner. */
    static final List<String> MALFORMED_TEXT =
            List.of("a\u0000b", "\u0000", "\uD800", "a\uDFFFb", "\uDBFF\uDBFF", "\uDC00\uD800", "x\uD83D");

    /** Valid but unusual text: direction overrides, zero-width characters, emoji, injection-looking strings. */
    static final List<String> ODD_TEXT = List.of(
            "\u202E",
            "\u202B",
            "\u200E",
            "\u200B",
            "\u200D",
            "\uFEFF",
            "\uD83D\uDCA9",
            "e\u0301",
            "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
            "\u4E2D\u6587",
            "'; DROP TABLE orders;--",
            "<script>alert(1)</script>",
            "${jndi:x}",
            "../../etc/passwd",
            "%00",
            "\\u0000",
            "null");

    /** One character each, some beyond the Basic Multilingual Plane, some combining: for strings over a limit. */
    private static final List<String> LONG_TEXT_UNITS =
            List.of("a", "\u00E9", "\u05D0", "\uD83D\uDE00", "\u200B", "\u4E2D");

    /**
     * Content types a JSON call must refuse; "" sends none. A charset parameter on application/json is
     * left out: RFC 8259 defines none, JSON is UTF-8, and reading the bytes as such is fair.
     */
    static final List<String> REFUSED_CONTENT_TYPES = List.of(
            "",
            "text/plain",
            "text/plain; charset=utf-8",
            "application/xml",
            "text/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=fuzz",
            "application/octet-stream",
            "text/html",
            "image/png",
            "application/javascript",
            "application/json-seq",
            "*/*",
            "application/*",
            "application/*+json",
            "garbage",
            "application/json; charset=\"unterminated",
            "application/jsonx",
            "json",
            "/",
            "application/",
            ";charset=utf-8");

    /** Content types that say JSON, spelled in the ways HTTP allows. */
    static final List<String> JSON_CONTENT_TYPES = List.of(
            "application/json",
            "application/json; charset=utf-8",
            "application/json;charset=UTF-8",
            "APPLICATION/JSON",
            "application/json ; charset=utf-8");

    /** Accept values no JSON answer satisfies: a call that would store must refuse them before it stores. */
    static final List<String> REFUSED_ACCEPTS =
            List.of("application/xml", "text/html", "image/png", "garbage", "text/plain", "application/pdf");

    static final List<String> JSON_ACCEPTS = List.of(
            "*/*",
            "application/json",
            "application/*",
            "application/problem+json, application/json",
            "application/json;q=0.9, */*;q=0.1");

    /** Query parameters no call knows, for both refused and served reads; all decode as UTF-8. */
    static final List<String> UNKNOWN_PARAMETERS = List.of(
            "sort=id%2Cdesc",
            "filter=%7B%7D",
            "callback=alert",
            "page%5B%5D=1",
            "%E2%80%AE=1",
            "x=" + "y".repeat(500),
            "debug=true",
            "q=%00",
            "a",
            "%F0%9F%92%A9=%F0%9F%92%A9",
            "size%00=5",
            "expand=*",
            "fields=id,name");

    /** Idempotency keys to send along with bodies that are refused anyway: odd, empty, over 200 chars, over Tomcat's header limit. */
    static final List<String> ODD_IDEMPOTENCY_KEYS = List.of(
            "",
            "   ",
            "!#$%&'*+-.^_`|~",
            "\"quoted\"",
            "k;k=v",
            "k, k",
            "k".repeat(201),
            "k".repeat(4_000),
            "k".repeat(9_000),
            "k".repeat(20_000));

    static final List<String> ODD_REQUEST_IDS =
            List.of("", "x".repeat(200), "<b>", "a b", "../", "fuzz-rid-1", "r".repeat(7_000));

    private HostileValues() {}

    /** A string over {@code limit} characters, counted in code points (so over it by any count). */
    static String overLimit(Chance chance, int limit) {
        String unit = chance.pick(LONG_TEXT_UNITS);
        return unit.repeat(limit + chance.pick(1, 2, limit / 10 + 1, limit, 2 * limit));
    }

    private static List<Raw> raw(String... json) {
        return java.util.Arrays.stream(json).map(Raw::new).toList();
    }
}
