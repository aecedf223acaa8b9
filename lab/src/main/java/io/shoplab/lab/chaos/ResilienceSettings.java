package io.shoplab.lab.chaos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.shoplab.lab.chaos.AppEnvironment.CodeDefault;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.stack.ShopService;
import io.shoplab.lab.stack.Stacks;

/**
 * The timers that shape a blast radius (how fast a dead instance stops getting traffic, how soon a caller gives up,
 * how long a breaker stays open), asked from the running app that uses each ({@link AppEnvironment}), so the report
 * quotes what the apps run on, environment and profile included. What the code sets without a property is said so.
 */
final class ResilienceSettings {

    private static final String RECOVERY_DEFAULTS = "the orders module's OrdersProperties default";

    /**
     * One setting as the running app has it.
     *
     * @param name the property
     * @param value its value as the app resolved it; "not read" when the app could not be asked
     * @param source the app and the property source that set it, the code that does, or why there is no value
     */
    record Setting(String name, String value, String source) {}

    private ResilienceSettings() {}

    /** Asked from the stack's apps as they run now. */
    static List<Setting> of(StackControl lab, String stack) {
        List<Setting> settings = new ArrayList<>();
        AppEnvironment guarded;
        if (Stacks.MICROSERVICES.equals(stack)) {
            AppEnvironment catalog = AppEnvironment.of(lab, ShopService.CATALOG.serviceName());
            AppEnvironment orders = AppEnvironment.of(lab, ShopService.ORDERS.serviceName());
            // The services' discovery timers come with service-support, the same in all five.
            settings.addAll(catalog.quote(
                    "eureka.client.registry-fetch-interval-seconds",
                    "spring.cloud.loadbalancer.cache.ttl",
                    "eureka.instance.lease-renewal-interval-in-seconds",
                    "eureka.instance.lease-expiration-duration-in-seconds"));
            settings.addAll(AppEnvironment.of(lab, Stacks.DISCOVERY)
                    .quote(
                            "eureka.server.use-read-only-response-cache",
                            "eureka.server.eviction-interval-timer-in-ms",
                            "eureka.server.enable-self-preservation"));
            settings.addAll(AppEnvironment.of(lab, Stacks.GATEWAY)
                    .quote(
                            "eureka.client.registry-fetch-interval-seconds",
                            "spring.cloud.loadbalancer.cache.ttl",
                            "shoplab.gateway.response-timeout-ms.catalog",
                            "shoplab.gateway.response-timeout-ms.reviews",
                            "shoplab.gateway.response-timeout-ms.inventory",
                            "shoplab.gateway.response-timeout-ms.orders",
                            "resilience4j.circuitbreaker.configs.default.sliding-window-size",
                            "resilience4j.circuitbreaker.configs.default.failure-rate-threshold",
                            "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state"));
            settings.addAll(catalog.quote("shoplab.remote.read-timeout"));
            settings.addAll(orders.quote(
                    "shoplab.remote.read-timeout",
                    "resilience4j.retry.configs.default.max-attempts",
                    "resilience4j.circuitbreaker.configs.default.failure-rate-threshold",
                    "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state",
                    "resilience4j.bulkhead.configs.default.max-concurrent-calls"));
            settings.add(orders.quote("shoplab.orders.recovery.after", new CodeDefault("10s", RECOVERY_DEFAULTS)));
            settings.add(orders.quote("shoplab.orders.recovery.interval", new CodeDefault("2s", RECOVERY_DEFAULTS)));
            guarded = catalog;
        } else {
            guarded = AppEnvironment.of(lab, Stacks.MONOLITH);
            settings.addAll(
                    guarded.quote("shoplab.orders.placement-timeout", "spring.datasource.hikari.connection-timeout"));
        }
        // The product page's guards come with the catalog module, in the monolith as in catalog-service.
        settings.addAll(guarded.quote(
                "resilience4j.timelimiter.configs.default.timeout-duration",
                "resilience4j.circuitbreaker.configs.default.failure-rate-threshold",
                "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state"));
        return settings;
    }

    /** The settings grouped by where they come from, each as "short name=value", for captions. */
    static Map<String, List<String>> bySource(List<Setting> settings) {
        return settings.stream()
                .collect(Collectors.groupingBy(
                        Setting::source,
                        LinkedHashMap::new,
                        Collectors.mapping(
                                setting -> shortName(setting.name()) + "=" + setting.value(), Collectors.toList())));
    }

    private static String shortName(String key) {
        return Arrays.stream(SHORT_NAMES)
                .filter(prefix -> key.startsWith(prefix[0]))
                .findFirst()
                .map(prefix -> prefix[1] + key.substring(prefix[0].length()))
                .orElse(key);
    }

    private static final String[][] SHORT_NAMES = {
        {"resilience4j.circuitbreaker.configs.default.", "breaker "},
        {"resilience4j.retry.configs.default.", "retry "},
        {"resilience4j.bulkhead.configs.default.", "bulkhead "},
        {"resilience4j.timelimiter.configs.default.", "time limit "},
        {"eureka.client.", "eureka "},
        {"eureka.instance.", "eureka "},
        {"eureka.server.", "eureka server "},
        {"spring.cloud.loadbalancer.cache.", "load balancer cache "},
        {"shoplab.gateway.response-timeout-ms.", "route timeout ms "},
        {"shoplab.remote.", "calls "},
        {"spring.datasource.hikari.", "db pool "},
    };
}
