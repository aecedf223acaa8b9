package io.shoplab.lab.shopapi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request of a load and its answer, exactly as the client saw it. Times are epoch milliseconds.
 *
 * @param startMillis when it was sent
 * @param endMillis when the answer came, or the request was given up
 * @param journey what the user was doing
 * @param client the virtual user (0..clients-1) that sent it
 * @param method the HTTP method
 * @param path the path and query
 * @param idempotencyKey the order's {@code Idempotency-Key}; {@code null} for other journeys
 * @param attempt 1 for the first request of a journey, 2.. for each retry of an order with the same key and body
 * @param status the HTTP status; 0 when no answer came
 * @param error why no answer came ({@code timeout}, {@code connection refused}, …); {@code null} when one came
 * @param retryAfterSeconds the answer's {@code Retry-After}; -1 when absent
 * @param degraded a product page answered 200 without some of its parts
 * @param orderId the id of the order in a 201 answer
 * @param orderStatus {@code CONFIRMED} or {@code REJECTED} in a 201 answer
 * @param order the whole body of a 201 order answer, which a replay must repeat exactly
 */
public record RequestRecord(
        long startMillis,
        long endMillis,
        Journey journey,
        int client,
        String method,
        String path,
        String idempotencyKey,
        int attempt,
        int status,
        String error,
        int retryAfterSeconds,
        boolean degraded,
        String orderId,
        String orderStatus,
        JsonNode order) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum Outcome {
        OK,
        DEGRADED,
        FAILED
    }

    /** OK for the status the journey expects (a degraded product page apart); FAILED for anything else. */
    public Outcome outcome() {
        int expected = journey == Journey.REVIEW || journey == Journey.ORDER ? 201 : 200;
        if (status != expected) {
            return Outcome.FAILED;
        }
        return degraded ? Outcome.DEGRADED : Outcome.OK;
    }

    /** Answered as the journey expects, degraded or not. */
    public boolean succeeded() {
        return outcome() != Outcome.FAILED;
    }

    /** An order answered 201: the client was told it exists, with its id and status. */
    public boolean acknowledgesOrder() {
        return journey == Journey.ORDER && status == 201 && orderId != null;
    }

    /** This request as a run's history keeps it: one JSON line, {@code {"type":"request",…}}. */
    public String historyLine() {
        ObjectNode line = JSON.createObjectNode().put("type", "request");
        line.setAll((ObjectNode) JSON.valueToTree(this));
        return JSON.writeValueAsString(line);
    }
}
