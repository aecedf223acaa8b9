package io.shoplab.lab.watch;

import java.util.List;
import java.util.Map;

/**
 * What the page shows of one second; sent to it as JSON.
 *
 * @param at milliseconds since the epoch
 * @param stacks each stack's traffic, as its entry point and product page servers counted it
 * @param parts every component, in the lab's start order
 * @param eureka each service Eureka knows, to its instances ({@code 127.0.0.1:8082 UP}); empty without discovery
 * @param marks what was done or seen to change in this second
 */
record Second(long at, List<Traffic> stacks, List<Part> parts, Map<String, List<String>> eureka, List<Mark> marks) {

    /**
     * @param requests answered per second at the stack's entry point (the monolith, the gateway)
     * @param failed of those, answered with a 5xx status
     * @param degraded product pages served without a part
     * @param p50 median latency in ms; {@code null} without requests
     * @param p99 99th percentile in ms; {@code null} without requests
     */
    record Traffic(String stack, double requests, double failed, double degraded, Double p50, Double p99) {}

    /**
     * @param stack {@code monolith}, {@code microservices}, or {@code shared} (PostgreSQL)
     * @param state {@code up}, {@code down}, {@code starting} or {@code degraded}
     * @param cpu percent of one core; {@code null} when not running
     * @param rssMib resident memory; {@code null} when not running
     * @param faults faults in force, as text
     * @param breakers circuit breaker name to state
     * @param bulkheads bulkhead name to its fill, as text
     */
    record Part(
            String name,
            String stack,
            String state,
            Double cpu,
            Long rssMib,
            List<String> faults,
            Map<String, String> breakers,
            Map<String, String> bulkheads) {}

    /** @param byHand done with a {@code ./shoplab} command, as opposed to a change the watch saw */
    record Mark(long at, String text, boolean byHand) {}
}
