package io.shoplab.load;

import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** The HTTP client every simulation uses: JSON both ways, only the configured local base URL. */
public final class ShopProtocol {

    private ShopProtocol() {
    }

    public static HttpProtocolBuilder of(Config config) {
        var protocol = http.baseUrl(config.baseUrl())
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .userAgentHeader("shoplab-load-tests")
                // Gatling's default warm-up calls https://gatling.io: no traffic may leave this machine
                .disableWarmUp()
                // the contract promises a request id on every answer, errors included
                .check(header("X-Request-Id").exists());
        return config.shareConnections() ? protocol.shareConnections() : protocol;
    }
}
