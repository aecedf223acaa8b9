package io.shoplab.lab.chaos;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.shoplab.lab.shopapi.Journey;

/**
 * How journeys of one kind went: an order counts once however many attempts it took, and succeeded when
 * one attempt was answered 201; the other journeys are one request each.
 *
 * @param started journeys begun
 * @param succeeded answered as expected (degraded product pages included)
 * @param degraded product pages answered without some of their parts
 */
public record JourneyStats(long started, long succeeded, long degraded) {

    static final JourneyStats NONE = new JourneyStats(0, 0, 0);

    /** Each journey's stats described, in the order of {@link Journey#values()}: a table's cells. */
    static List<String> described(Map<Journey, JourneyStats> byJourney) {
        return Arrays.stream(Journey.values())
                .map(journey -> byJourney.getOrDefault(journey, NONE).describe())
                .toList();
    }

    JourneyStats plus(JourneyStats other) {
        return new JourneyStats(started + other.started, succeeded + other.succeeded, degraded + other.degraded);
    }

    /** "97 %", "100 % (40 % degraded)", or "–" when none started; with the count, "97 % of 35". */
    public String describe() {
        if (started == 0) {
            return "–";
        }
        String share = String.format(Locale.ROOT, "%.0f %% of %d", 100 * ((double) succeeded / started), started);
        return degraded == 0
                ? share
                : share + String.format(Locale.ROOT, " (%.0f %% degraded)", 100.0 * degraded / started);
    }
}
