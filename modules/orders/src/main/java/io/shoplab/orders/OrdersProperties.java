package io.shoplab.orders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param placementTimeout how long placing one order may take in the monolith's transaction before it
 *                         is given up (503, nothing kept); whole seconds
 * @param recovery when the saga's recovery takes over a pending order
 * @param replayWait how long a request with the idempotency key of an order still being placed waits
 *                   for that order's outcome, to answer it as a replay; longer than a placement takes
 */
@ConfigurationProperties("shoplab.orders")
record OrdersProperties(@DefaultValue("5s") Duration placementTimeout, @DefaultValue Recovery recovery,
        @DefaultValue("3s") Duration replayWait) {

    /**
     * @param after age of a pending order after which it counts as stalled; longer than any placement
     *              can take with its timeouts and retries
     * @param interval pause between recovery rounds
     */
    record Recovery(@DefaultValue("10s") Duration after, @DefaultValue("2s") Duration interval) {
    }
}
