package io.shoplab.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-client rate limit ({@code shoplab.gateway.rate-limit.*}).
 *
 * @param enabled false lets every request through (the load experiments measure the stacks, not the limit)
 * @param requestsPerSecond the rate a client may keep up, at least 1
 * @param burst how many requests a client may send at once after being quiet, at least 1
 */
@ConfigurationProperties("shoplab.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("100") long requestsPerSecond,
        @DefaultValue("200") long burst) {

    public RateLimitProperties {
        if (requestsPerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException(
                    "shoplab.gateway.rate-limit: requests-per-second and burst must be at least 1, were "
                            + requestsPerSecond + " and " + burst);
        }
    }
}
