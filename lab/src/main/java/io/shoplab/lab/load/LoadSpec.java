package io.shoplab.lab.load;

import java.util.List;
import java.util.Map;

/**
 * A Gatling run: which simulation, against which base URLs (several are taken in turn, as a load
 * balancer in front of two monoliths would), at which arrival rate, with further simulation settings.
 *
 * @param placesOrders whether the simulation places orders, so that stock and money must be checked after it
 */
public record LoadSpec(
        String simulation,
        List<String> baseUrls,
        double usersPerSecond,
        Map<String, String> settings,
        boolean placesOrders) {

    public LoadSpec {
        baseUrls = List.copyOf(baseUrls);
        settings = Map.copyOf(settings);
    }
}
