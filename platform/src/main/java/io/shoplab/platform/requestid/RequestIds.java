package io.shoplab.platform.requestid;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/** The request id of the request being handled: its header, its MDC key, and the rule for a valid one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** The MDC key; log patterns print it with {@code %X{requestId}}. */
    public static final String MDC_KEY = "requestId";

    // Echoed into headers and logs, so a caller's value must not carry line breaks or markup.
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    /** The id of the current request on this thread, if one is being handled. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /**
     * Wraps work handed to another thread so that it runs under the current request id: the id lives
     * in a thread-local MDC and would otherwise be lost in the pool.
     */
    public static <T> Supplier<T> carriedInto(Supplier<T> work) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> previous = MDC.getCopyOfContextMap();
            setContext(context);
            try {
                return work.get();
            } finally {
                setContext(previous);
            }
        };
    }

    private static void setContext(Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }

    /** The caller's id when it is valid, else a new one. */
    public static String acceptOrCreate(String fromCaller) {
        return fromCaller != null && VALID.matcher(fromCaller).matches()
                ? fromCaller
                : UUID.randomUUID().toString();
    }
}
