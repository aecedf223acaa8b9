package io.shoplab.lab.chaos;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.health.RouteProbe;
import io.shoplab.lab.shopapi.ShopApi;

/**
 * What every run of a campaign works with.
 *
 * @param lab kills, restarts and heals, through the lab's component control
 * @param targets what the schedules may break
 * @param directory the campaign's report directory; each run writes under {@code runs/run-NN/}
 * @param probes the routes that must answer (product page not degraded) before the shop counts as healed
 * @param stockBefore units on the shelf per product when the campaign began
 * @param customersSoFar the customers of every run so far: their CONFIRMED orders account for the stock sold
 * @param customerTag makes this campaign's customers unique in a database that outlives it
 */
record CampaignContext(
        StackControl lab,
        ChaosTargets targets,
        ChaosSettings settings,
        Path directory,
        PrintStream out,
        ShopApi shop,
        ShopObserver observer,
        List<RouteProbe> probes,
        Map<Long, Long> stockBefore,
        List<String> customersSoFar,
        String customerTag) {}
