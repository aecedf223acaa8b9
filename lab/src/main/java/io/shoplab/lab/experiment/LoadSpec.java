package io.shoplab.lab.experiment;

import java.util.List;
import java.util.Map;

/**
 * A Gatling run: which simulation, against which base URLs (several are taken in turn, as a load
 * balancer in front of two monoliths would), at which arrival rate, with further simulation settings.
 */
public record LoadSpec(String simulation, List<String> baseUrls, double usersPerSecond, Map<String, String> settings) {

    public LoadSpec {
        baseUrls = List.copyOf(baseUrls);
        settings = Map.copyOf(settings);
    }
}
