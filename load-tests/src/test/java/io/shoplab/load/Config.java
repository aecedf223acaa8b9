package io.shoplab.load;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Every knob of the simulations, read from {@code -D} system properties with defaults, so the same
 * simulation serves the monolith (8080), the gateway (8090) and the lab's experiments.
 *
 * <p>Rates are arrivals of new virtual users per second (open model): a stalled server does not slow
 * down the load that measures it. Durations are in seconds, latencies in milliseconds, shares and
 * percentages in 0..100.
 */
public record Config(
        String baseUrl,
        boolean allowRemote,
        double usersPerSec,
        int rampSeconds,
        int durationSeconds,
        int maxDurationSeconds,
        double maxFailedPercent,
        int maxP99Millis,
        int maxPauseMillis,
        boolean shareConnections,
        boolean failOnDegraded,
        int productCount,
        int hotProductCount,
        int hotProductPercent,
        int plentifulProductCount,
        int ordersPerUser,
        int scarceOrderPercent,
        int declinedPaymentPercent,
        int idempotentReplayPercent,
        int browseSharePercent,
        int orderSharePercent,
        int reviewSharePercent) {

    /**
     * Load stays on this machine unless {@code allowRemote} says otherwise: a typo in a base URL must not
     * aim a load at somebody else's server. Loading what a user deployed (a cluster's ingress, a Compose
     * host) is a deliberate choice, made with {@code -DallowRemote=true}.
     */
    static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

    /** Customer orders are checked on one page of the customer's list, whose size is at most 100. */
    static final int MAX_ORDERS_PER_USER = 20;

    public Config {
        baseUrls(baseUrl).forEach(url -> requireAllowedTarget(url, allowRemote));
        requireAtLeast("users", usersPerSec, 0.01);
        requireAtLeast("ramp", rampSeconds, 0);
        requireAtLeast("duration", durationSeconds, 1);
        requireAtLeast("maxDuration", maxDurationSeconds, rampSeconds + durationSeconds);
        requireAtLeast("productCount", productCount, 1);
        requireWithin("hotProducts", hotProductCount, 1, productCount);
        requireWithin("plentifulProducts", plentifulProductCount, 1, productCount);
        requireWithin("ordersPerUser", ordersPerUser, 1, MAX_ORDERS_PER_USER);
        for (var percent : new int[] {
            hotProductPercent,
            scarceOrderPercent,
            declinedPaymentPercent,
            idempotentReplayPercent,
            browseSharePercent,
            orderSharePercent,
            reviewSharePercent
        }) {
            requireWithin("a percentage", percent, 0, 100);
        }
        if (scarceOrderPercent + declinedPaymentPercent > 100) {
            throw new IllegalArgumentException("scarceOrderPercent + declinedPaymentPercent must not exceed 100");
        }
    }

    /** Reads the current JVM's system properties. */
    public static Config fromSystemProperties() {
        return from(System::getProperty);
    }

    /** Reads from any property source; a missing property ({@code null}) takes its default. */
    static Config from(Function<String, String> properties) {
        var read = new PropertyReader(properties);
        int ramp = read.integer("ramp", 10);
        int duration = read.integer("duration", 30);
        return new Config(
                read.text("baseUrl", "http://localhost:8080").replaceAll("/+$", ""),
                read.bool("allowRemote", false),
                read.decimal("users", 20.0),
                ramp,
                duration,
                // in-flight users get a grace period after the last arrival, then the run is cut
                read.integer("maxDuration", ramp + duration + 30),
                read.decimal("maxFailedPercent", 1.0),
                read.integer("maxP99Millis", 1000),
                read.integer("maxPauseMillis", 500),
                // a new connection per arriving user exhausts loopback's ephemeral ports at high rates
                read.bool("shareConnections", true),
                read.bool("failOnDegraded", true),
                read.integer("productCount", 100),
                read.integer("hotProducts", 10),
                read.integer("hotProductPercent", 80),
                read.integer("plentifulProducts", 90),
                read.integer("ordersPerUser", 2),
                read.integer("scarceOrderPercent", 5),
                read.integer("declinedPaymentPercent", 2),
                read.integer("idempotentReplayPercent", 20),
                read.integer("browseShare", 70),
                read.integer("orderShare", 20),
                read.integer("reviewShare", 10));
    }

    /** The base URLs, in the order the virtual users take them: {@code baseUrl} may list several, comma-separated. */
    public List<String> baseUrls() {
        return baseUrls(baseUrl);
    }

    private static List<String> baseUrls(String baseUrl) {
        return Arrays.stream(baseUrl.split(","))
                .map(String::trim)
                .filter(url -> !url.isEmpty())
                .map(url -> url.replaceAll("/+$", ""))
                .toList();
    }

    private static void requireAllowedTarget(String baseUrl, boolean allowRemote) {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseUrl '" + baseUrl + "' is not a URL", e);
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        var host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("baseUrl '" + baseUrl + "' must start with http:// or https://");
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("baseUrl '" + baseUrl + "' names no host");
        }
        if (!allowRemote && !LOCAL_HOSTS.contains(host)) {
            throw new IllegalArgumentException("baseUrl '" + baseUrl + "' refused: load targets only " + LOCAL_HOSTS
                    + " (this machine) unless -DallowRemote=true, never host '" + host + "' by default");
        }
    }

    private static void requireAtLeast(String name, double value, double minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
        }
    }

    private static void requireWithin(String name, int value, int minimum, int maximum) {
        if (value < minimum || value > maximum) {
            throw new IllegalArgumentException(name + " must be within " + minimum + ".." + maximum + ", was " + value);
        }
    }
}
