package io.shoplab.load.endpoints;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Tallies product details by the parts they lacked. Gatling's report shows only requests (a
 * degraded answer is a correct one, so not a failed request) and drops groups without requests, so
 * the tally is printed as one line at the end of the run, for people and for the lab to read.
 */
public final class DegradedAnswers {

    private final LongAdder answers = new LongAdder();
    private final Map<String, LongAdder> byPart = new ConcurrentHashMap<>();
    private final LongAdder degraded = new LongAdder();

    void record(Iterable<String> missingParts) {
        answers.increment();
        boolean any = false;
        for (var part : missingParts) {
            byPart.computeIfAbsent(part, name -> new LongAdder()).increment();
            any = true;
        }
        if (any) {
            degraded.increment();
        }
    }

    /** For example {@code shoplab.degraded answers=540 degraded=12 inventory=12}. */
    public String summary() {
        var line = new StringBuilder("shoplab.degraded answers=")
                .append(answers.sum())
                .append(" degraded=")
                .append(degraded.sum());
        new TreeMap<>(byPart)
                .forEach((part, count) ->
                        line.append(' ').append(part).append('=').append(count.sum()));
        return line.toString();
    }
}
