package io.shoplab.lab.experiment;

import java.util.List;
import java.util.Map;

import io.shoplab.lab.load.LoadSpec;

/** The loads the experiments use, so every experiment drives both stacks with the very same settings. */
final class LoadSpecs {

    /** A degraded product page is an answer (that is the point of degrading), not a failure. */
    static final Map<String, String> EXPERIMENT_SETTINGS = Map.of("failOnDegraded", "false");

    private LoadSpecs() {}

    static LoadSpec mixed(String baseUrl, double usersPerSecond) {
        return new LoadSpec("MixedSimulation", List.of(baseUrl), usersPerSecond, EXPERIMENT_SETTINGS, true);
    }

    /** Buyers only, at half the rate: each places several orders. */
    static LoadSpec orders(String baseUrl, double usersPerSecond) {
        return new LoadSpec(
                "OrderSimulation", List.of(baseUrl), Math.max(1, usersPerSecond / 2), EXPERIMENT_SETTINGS, true);
    }

    static LoadSpec browse(List<String> baseUrls, double usersPerSecond) {
        return new LoadSpec("BrowseSimulation", baseUrls, usersPerSecond, EXPERIMENT_SETTINGS, false);
    }
}
