package io.shoplab.lab.watch;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One read of an app's {@code /actuator/prometheus}: the running totals the watch turns into rates
 * (requests, server errors, degraded product pages, the latency histogram), and the Resilience4j
 * gauges it shows as they are. Requests to {@code /actuator} paths are left out: they are the lab's own.
 *
 * @param requests answered requests so far
 * @param failed of those, answered with a 5xx status
 * @param degraded product pages served without one of their parts
 * @param buckets the latency histogram: upper bound in seconds to the count of requests at or under it
 * @param breakers circuit breaker name to its state ({@code closed}, {@code open}, {@code half_open}, …)
 * @param bulkheads bulkhead name to its fill, as text
 */
record Scrape(
        double requests,
        double failed,
        double degraded,
        NavigableMap<Double, Double> buckets,
        Map<String, String> breakers,
        Map<String, String> bulkheads) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Scrape parse(String prometheusText) {
        double requests = 0;
        double failed = 0;
        double degraded = 0;
        NavigableMap<Double, Double> buckets = new TreeMap<>();
        Map<String, String> breakers = new TreeMap<>();
        Map<String, Double> bulkheadGauges = new TreeMap<>();
        for (String line : prometheusText.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.find()) {
                continue;
            }
            String name = sample.group(1);
            Map<String, String> labels = labels(sample.group(2));
            double value = Double.parseDouble(sample.group(3));
            boolean served = name.startsWith("http_server_requests_seconds")
                    && !labels.getOrDefault("uri", "").startsWith("/actuator");
            switch (name) {
                case "http_server_requests_seconds_count" -> {
                    if (served) {
                        requests += value;
                        failed += labels.getOrDefault("status", "").startsWith("5") ? value : 0;
                    }
                }
                case "http_server_requests_seconds_bucket" -> {
                    if (served) {
                        buckets.merge(upperBound(labels.get("le")), value, Double::sum);
                    }
                }
                case "shop_product_pages_degraded_total" -> degraded += value;
                case "resilience4j_circuitbreaker_state" -> {
                    if (value == 1) {
                        breakers.put(labels.get("name"), labels.get("state"));
                    }
                }
                default -> {
                    if (name.startsWith("resilience4j_bulkhead_")) {
                        bulkheadGauges.put(
                                labels.get("name") + " " + name.substring("resilience4j_bulkhead_".length()), value);
                    }
                }
            }
        }
        return new Scrape(requests, failed, degraded, buckets, breakers, bulkheads(bulkheadGauges));
    }

    /**
     * What a person reads of a bulkhead: free calls for a semaphore bulkhead; busy threads and queued
     * calls for a thread-pool one.
     */
    private static Map<String, String> bulkheads(Map<String, Double> gauges) {
        Map<String, String> bulkheads = new TreeMap<>();
        gauges.forEach((key, value) -> {
            String name = key.substring(0, key.indexOf(' '));
            String gauge = key.substring(key.indexOf(' ') + 1);
            switch (gauge) {
                case "available_concurrent_calls" -> bulkheads.put(name, value.intValue() + " free");
                case "active_thread_count" ->
                    bulkheads.put(
                            name,
                            value.intValue() + "/"
                                    + gauges.getOrDefault(name + " max_thread_pool_size", Double.NaN)
                                            .intValue() + " busy, "
                                    + gauges.getOrDefault(name + " queue_depth", 0.0)
                                            .intValue() + " queued");
                default -> {}
            }
        });
        return bulkheads;
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new TreeMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }

    private static double upperBound(String le) {
        return "+Inf".equals(le) ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
    }
}
