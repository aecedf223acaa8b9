package io.shoplab.load.events;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Records every request's outcome, one line each, for the lab's per-second timelines (Gatling 3.15
 * has no data writer the lab can read live). Around each request: the session's failed flag is cleared
 * before it, read after it (Gatling sets it when a check fails or no answer came), and restored, so
 * {@code exitHereIfFailed} behaves exactly as without recording.
 */
public final class RequestEvents {

    /** Saved by the protocol-wide checks; absent when no answer came. */
    public static final String STATUS = "shoplab.status";

    public static final String RESPONSE_MILLIS = "shoplab.responseMillis";
    /** Set by a request whose answer is correct but degraded; recorded under "NAME (degraded)". */
    public static final String DEGRADED = "shoplab.degraded";

    /** When the user arrived: set by {@link #arrived}, read by each request it then makes. */
    private static final String ARRIVED_AT = "shoplab.arrivedAt";

    private static final String FAILED_BEFORE = "shoplab.failedBefore";
    private static final EventsFile EVENTS = EventsFile.fromSystemProperty("eventsFile");
    private static final EventsFile CUSTOMERS = EventsFile.fromSystemProperty("customersFile");

    private RequestEvents() {}

    /** The request, recorded under {@code name} (use the same name as the request's own). */
    public static ChainBuilder recorded(String name, HttpRequestActionBuilder request) {
        if (!EVENTS.isEnabled()) {
            return exec(request);
        }
        return exec(session -> session.set(FAILED_BEFORE, session.isFailed())
                        .remove(STATUS)
                        .remove(RESPONSE_MILLIS)
                        .remove(DEGRADED)
                        .markAsSucceeded())
                .exec(request)
                .exec(session -> after(name, session));
    }

    /**
     * Notes the user's arrival, its intended start in an open model: a user that makes one request after
     * it has that request timed from the arrival rather than from the moment it was sent, so time spent
     * waiting for a connection or in a generator falling behind counts too (no coordinated omission).
     */
    public static Session arrived(Session session) {
        return session.set(ARRIVED_AT, System.currentTimeMillis());
    }

    /** Notes a customer id the load used, so the lab can add up its orders afterwards. */
    public static Session customer(Session session, String customerId) {
        CUSTOMERS.append(customerId);
        return session;
    }

    private static Session after(String name, Session session) {
        boolean failed = session.isFailed();
        int status = session.contains(STATUS) ? session.getInt(STATUS) : 0;
        long now = System.currentTimeMillis();
        long millis = session.contains(ARRIVED_AT)
                ? now - session.getLong(ARRIVED_AT)
                : session.contains(RESPONSE_MILLIS) ? session.getInt(RESPONSE_MILLIS) : 0;
        boolean degraded = session.contains(DEGRADED) && session.getBoolean(DEGRADED);
        String recordedName = degraded ? name + " (degraded)" : name;
        EVENTS.append(now + "," + quoted(recordedName) + "," + status + "," + millis + "," + !failed);
        return failed || session.getBoolean(FAILED_BEFORE) ? session.markAsFailed() : session;
    }

    private static String quoted(String name) {
        return name.contains(",") || name.contains("\"") ? '"' + name.replace("\"", "\"\"") + '"' : name;
    }
}
