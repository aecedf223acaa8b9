package io.shoplab.lab.measure;

/**
 * One request as the Gatling simulation recorded it (one line of its {@code -DeventsFile} CSV).
 *
 * @param epochMillis when the answer came (or the request was given up), milliseconds since the epoch
 * @param request the Gatling request name
 * @param status the HTTP status; 0 when no response came at all
 * @param responseMillis how long the request took, in milliseconds
 * @param ok false when the status or a body check failed
 */
public record RequestEvent(long epochMillis, String request, int status, long responseMillis, boolean ok) {}
