package io.shoplab.lab.measure;

import java.time.Duration;
import java.time.Instant;

/**
 * A span of whole seconds relative to a run's start: {@code [fromSecond, toSecond)}.
 *
 * @param fromSecond first second inside, 0 being the run's start
 * @param toSecond first second after it; greater than {@code fromSecond}
 */
public record Window(long fromSecond, long toSecond) {

    public Window {
        if (toSecond <= fromSecond) {
            throw new IllegalArgumentException("empty window [" + fromSecond + ", " + toSecond + ")");
        }
    }

    /** The seconds between two instants, rounded outwards to whole seconds after {@code start}. */
    public static Window between(Instant start, Instant from, Instant to) {
        long first = Math.floorDiv(Duration.between(start, from).toMillis(), 1000);
        long end = Math.floorDiv(Duration.between(start, to).toMillis() + 999, 1000);
        return new Window(first, Math.max(end, first + 1));
    }

    public long seconds() {
        return toSecond - fromSecond;
    }

    public boolean contains(long second) {
        return second >= fromSecond && second < toSecond;
    }
}
