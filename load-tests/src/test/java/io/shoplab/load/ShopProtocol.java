package io.shoplab.load;

import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.shoplab.load.events.RequestEvents;

/**
 * The HTTP client every simulation uses: JSON both ways, only the configured local base URLs
 * (several are taken in turn, as a load balancer would).
 */
public final class ShopProtocol {

    private ShopProtocol() {}

    public static HttpProtocolBuilder of(Config config) {
        var protocol = http.baseUrls(config.baseUrls())
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .userAgentHeader("shoplab-load-tests")
                // Gatling's default warm-up calls https://gatling.io: no traffic may leave this machine
                .disableWarmUp()
                // the contract promises a request id on every answer, errors included
                .check(
                        // status and time first, so they are saved even when a later check fails
                        status().saveAs(RequestEvents.STATUS),
                        responseTimeInMillis().saveAs(RequestEvents.RESPONSE_MILLIS),
                        header("X-Request-Id").exists());
        return config.shareConnections() ? protocol.shareConnections() : protocol;
    }
}
