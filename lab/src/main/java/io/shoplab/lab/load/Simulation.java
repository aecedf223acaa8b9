package io.shoplab.lab.load;

import java.util.Locale;

/**
 * A Gatling simulation of the load-tests module, named as the user likes: {@code browse},
 * {@code BrowseSimulation} or {@code io.shoplab.load.BrowseSimulation}.
 */
public record Simulation(String className) {

    private static final String PACKAGE = "io.shoplab.load.";
    private static final String SUFFIX = "Simulation";

    public static Simulation named(String name) {
        if (name.contains(".")) {
            return new Simulation(name);
        }
        String capitalised = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        return new Simulation(PACKAGE + (capitalised.endsWith(SUFFIX) ? capitalised : capitalised + SUFFIX));
    }

    /** Gatling names each report folder after the simulation in lower case, then a time stamp. */
    public String reportFolderPrefix() {
        return className.substring(className.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) + "-";
    }
}
