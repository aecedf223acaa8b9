package io.shoplab.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/**
 * The request id of an exchange. In this reactive app a request hops between event-loop threads,
 * so the id lives in an exchange attribute, not in the thread-local log MDC; log lines name it
 * explicitly through {@link #of(ServerWebExchange)}.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    static final String PATH_ATTRIBUTE = RequestIds.class.getName() + ".path";

    // Echoed into headers and logs, so a caller's value must not carry line breaks or markup.
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    /** The id given to this exchange, or {@code "-"} before the request-id filter ran. */
    public static String of(ServerWebExchange exchange) {
        String id = exchange.getAttribute(ATTRIBUTE);
        return id == null ? "-" : id;
    }

    /**
     * The path the client asked for. A circuit-breaker fallback is a forward to another path, and
     * its problem must still name the client's.
     */
    public static String originalPath(ServerWebExchange exchange) {
        String path = exchange.getAttribute(PATH_ATTRIBUTE);
        return path == null ? exchange.getRequest().getPath().value() : path;
    }

    /** The caller's id when it is valid, else a new one. */
    static String acceptOrCreate(String fromCaller) {
        return fromCaller != null && VALID.matcher(fromCaller).matches() ? fromCaller : create();
    }

    /** A new id, for an answer to a request whose own id could not be read. */
    public static String create() {
        return UUID.randomUUID().toString();
    }
}
