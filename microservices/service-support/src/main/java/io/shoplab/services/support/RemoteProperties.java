package io.shoplab.services.support;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timeouts of the calls to other services ({@code shoplab.remote.*}): defaults, and per service id.
 *
 * @param connectTimeout how long to wait for a connection; on loopback a refusal is immediate, so this
 *                       only bounds a peer that does not answer at all
 * @param readTimeout    how long to wait for the answer once connected
 * @param services       overrides by service id, such as {@code reviews-service}; either value may be absent
 */
@ConfigurationProperties("shoplab.remote")
public record RemoteProperties(
        @DefaultValue("250ms") Duration connectTimeout,
        @DefaultValue("1s") Duration readTimeout,
        Map<String, Timeouts> services) {

    public RemoteProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
    }

    Timeouts timeoutsOf(String serviceId) {
        Timeouts own = services.get(serviceId);
        if (own == null) {
            return new Timeouts(connectTimeout, readTimeout);
        }
        return new Timeouts(
                own.connectTimeout() == null ? connectTimeout : own.connectTimeout(),
                own.readTimeout() == null ? readTimeout : own.readTimeout());
    }

    public record Timeouts(Duration connectTimeout, Duration readTimeout) {}
}
