package io.shoplab.lab.measure;

import java.util.Map;

/**
 * A window of a run in numbers: all requests together and per Gatling request name.
 *
 * @param window the seconds summed up
 * @param total every request in the window
 * @param byRequest per request name, sorted by name
 */
public record Summary(Window window, RequestStats total, Map<String, RequestStats> byRequest) {}
