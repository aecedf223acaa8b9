package io.shoplab.load;

import java.util.function.Function;

/** Typed look-ups with defaults; a malformed value names its property instead of failing later. */
final class PropertyReader {

    private final Function<String, String> properties;

    PropertyReader(Function<String, String> properties) {
        this.properties = properties;
    }

    String text(String name, String fallback) {
        var value = properties.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    int integer(String name, int fallback) {
        var value = text(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw malformed(name, value, "an integer");
        }
    }

    double decimal(String name, double fallback) {
        var value = text(name, null);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw malformed(name, value, "a number");
        }
    }

    boolean bool(String name, boolean fallback) {
        var value = text(name, null);
        if (value == null) {
            return fallback;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw malformed(name, value, "true or false");
    }

    private static IllegalArgumentException malformed(String name, String value, String expected) {
        return new IllegalArgumentException("-D" + name + "=" + value + " is not " + expected);
    }
}
