package io.shoplab.lab.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.shoplab.lab.LabException;

/** What the benchmark offers, one kind of request at a time (load-tests' {@code CapacitySimulation} targets). */
public enum Scenario {
    PRODUCT("product page", "GET /api/products/{id}"),
    LISTING("catalog listing", "GET /api/products?page&size"),
    ORDER("order placement", "POST /api/orders");

    private final String title;
    private final String request;

    Scenario(String title, String request) {
        this.title = title;
        this.request = request;
    }

    public String title() {
        return title;
    }

    public String request() {
        return request;
    }

    /** The name the simulation and the command line use: {@code product}, {@code listing}, {@code order}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Scenarios from a comma-separated list of keys. */
    public static List<Scenario> parse(String keys) {
        return Arrays.stream(keys.split(","))
                .map(String::trim)
                .filter(key -> !key.isEmpty())
                .map(key -> Arrays.stream(values())
                        .filter(scenario -> scenario.key().equals(key))
                        .findFirst()
                        .orElseThrow(() ->
                                new LabException("unknown scenario '" + key + "'; known: product, listing, order")))
                .toList();
    }
}
