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
record OrdersProperties(
        @DefaultValue("5s") Duration placementTimeout,
        @DefaultValue Recovery recovery,
        @DefaultValue("3s") Duration replayWait) {

    /**
     * @param after how long a placement (or a recovery) holds a pending order without a sign of life,
     *              by the database's clock; a placement renews it before each step, so it must exceed
     *              the longest step with its timeouts and retries. Recovery takes over only after it.
     * @param interval pause between recovery rounds, and before an order that could not be recovered
     *                 is tried again
     * @param setAsideAfter failed recovery attempts (failures other than a part being down) after which
     *                      an order is set aside for an operator instead of being tried again
     */
    record Recovery(
            @DefaultValue("10s") Duration after,
            @DefaultValue("2s") Duration interval,
            @DefaultValue("5") int setAsideAfter) {}
}
