package io.shoplab.lab.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.shoplab.lab.stack.Stacks;
import org.yaml.snakeyaml.Yaml;

/**
 * The timers that shape a blast radius (how fast a dead instance stops getting traffic, how soon a
 * caller gives up, how long a breaker stays open), quoted from the apps' own configuration files in
 * the repository, with {@code ${ENV:default}} resolved against this environment as the apps resolve it
 * (the lab starts them with its own environment). What the code sets without a file is said so.
 */
final class ResilienceSettings {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");
    private static final String SERVICES =
            "microservices/service-support/src/main/resources/META-INF/shoplab/defaults/services.properties";
    private static final String DISCOVERY = "discovery/src/main/resources/application.yml";
    private static final String GATEWAY = "gateway/src/main/resources/application.yml";
    private static final String ORDERS = "microservices/orders-service/src/main/resources/application.yml";
    private static final String CATALOG_SERVICE = "microservices/catalog-service/src/main/resources/application.yml";
    private static final String CATALOG_GUARDS =
            "modules/catalog/src/main/resources/META-INF/shoplab/defaults/catalog.yml";
    private static final String MONOLITH = "monolith-api/src/main/resources/application.yml";
    private static final String RECOVERY_AFTER = "shoplab.orders.recovery.after";
    private static final String RECOVERY_INTERVAL = "shoplab.orders.recovery.interval";

    /**
     * One setting as configured.
     *
     * @param name the property
     * @param value its value, placeholders resolved
     * @param source the file (relative to the repository) or the code it comes from
     */
    record Setting(String name, String value, String source) {}

    private ResilienceSettings() {}

    static List<Setting> of(Path repositoryRoot, String stack) {
        List<Setting> settings = new ArrayList<>();
        Quotes reader = new Quotes(repositoryRoot, settings);
        if (Stacks.MICROSERVICES.equals(stack)) {
            reader.quote(
                    SERVICES,
                    "eureka.client.registry-fetch-interval-seconds",
                    "spring.cloud.loadbalancer.cache.ttl",
                    "eureka.instance.lease-renewal-interval-in-seconds",
                    "eureka.instance.lease-expiration-duration-in-seconds");
            reader.quote(
                    DISCOVERY,
                    "eureka.server.use-read-only-response-cache",
                    "eureka.server.eviction-interval-timer-in-ms",
                    "eureka.server.enable-self-preservation");
            reader.quote(
                    GATEWAY,
                    "eureka.client.registry-fetch-interval-seconds",
                    "spring.cloud.loadbalancer.cache.ttl",
                    "shoplab.gateway.response-timeout-ms.catalog",
                    "shoplab.gateway.response-timeout-ms.reviews",
                    "shoplab.gateway.response-timeout-ms.inventory",
                    "shoplab.gateway.response-timeout-ms.orders",
                    "resilience4j.circuitbreaker.configs.default.sliding-window-size",
                    "resilience4j.circuitbreaker.configs.default.failure-rate-threshold",
                    "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state");
            reader.quote(CATALOG_SERVICE, "shoplab.remote.read-timeout");
            reader.quote(
                    ORDERS,
                    "shoplab.remote.read-timeout",
                    "resilience4j.retry.configs.default.max-attempts",
                    "resilience4j.circuitbreaker.configs.default.failure-rate-threshold",
                    "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state",
                    "resilience4j.bulkhead.configs.default.max-concurrent-calls");
            Map<String, String> orders = load(repositoryRoot.resolve(ORDERS));
            boolean configured = orders.containsKey(RECOVERY_AFTER) || orders.containsKey(RECOVERY_INTERVAL);
            settings.add(new Setting(
                    "shoplab.orders.recovery.after / interval",
                    orders.getOrDefault(RECOVERY_AFTER, "10s") + " / " + orders.getOrDefault(RECOVERY_INTERVAL, "2s"),
                    configured ? ORDERS : "the orders module's OrdersProperties defaults"));
        } else {
            reader.quote(MONOLITH, "shoplab.orders.placement-timeout", "spring.datasource.hikari.connection-timeout");
        }
        reader.quote(
                CATALOG_GUARDS,
                "resilience4j.timelimiter.configs.default.timeout-duration",
                "resilience4j.circuitbreaker.configs.default.failure-rate-threshold",
                "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state");
        return settings;
    }

    /** The settings grouped by where they come from, each as "short name=value", for captions. */
    static Map<String, List<String>> bySource(List<Setting> settings) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        settings.forEach(setting -> grouped.computeIfAbsent(shortSource(setting.source()), source -> new ArrayList<>())
                .add(shortName(setting.name()) + "=" + setting.value()));
        return grouped;
    }

    private static String shortName(String key) {
        for (String[] prefix : SHORT_NAMES) {
            if (key.startsWith(prefix[0])) {
                return prefix[1] + key.substring(prefix[0].length());
            }
        }
        return key;
    }

    /** "gateway/src/main/resources/application.yml" → "gateway application.yml". */
    private static String shortSource(String source) {
        if (!source.contains("/src/")) {
            return source;
        }
        String module = source.substring(0, source.indexOf("/src/"));
        return module.substring(module.lastIndexOf('/') + 1) + " " + source.substring(source.lastIndexOf('/') + 1);
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

    /** Reads each file once and adds the keys found in it. */
    private record Quotes(Path root, List<Setting> settings) {

        void quote(String file, String... keys) {
            Map<String, String> values = load(root.resolve(file));
            for (String key : keys) {
                String value = values.get(key);
                if (value != null) {
                    settings.add(new Setting(key, resolve(value, values, 0), file));
                }
            }
        }
    }

    /** The properties of a {@code .properties} file, or of a YAML file's first document, as flat dotted keys. */
    static Map<String, String> load(Path file) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return flat;
        }
        try (java.io.Reader in = Files.newBufferedReader(file)) {
            if (file.toString().endsWith(".properties")) {
                Properties properties = new Properties();
                properties.load(in);
                properties.stringPropertyNames().forEach(name -> flat.put(name, properties.getProperty(name)));
            } else {
                Object first = new Yaml().loadAll(in).iterator().next();
                flatten("", first, flat);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        return flat;
    }

    private static void flatten(String prefix, Object value, Map<String, String> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach(
                    (key, inner) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, inner, flat));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else if (value != null) {
            flat.put(prefix, String.valueOf(value));
        }
    }

    /** {@code ${ENV:default}} as the environment or the default; {@code ${other.key}} from the same file. */
    static String resolve(String value, Map<String, String> file, int depth) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String replacement = System.getenv(name) != null
                    ? System.getenv(name)
                    : file.containsKey(name) && depth < 5
                            ? resolve(file.get(name), file, depth + 1)
                            : placeholder.group(2) != null ? placeholder.group(2) : placeholder.group();
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        placeholder.appendTail(resolved);
        return resolved.toString();
    }
}
