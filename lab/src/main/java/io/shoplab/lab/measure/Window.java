package io.shoplab.lab.measure;

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

    public long seconds() {
        return toSecond - fromSecond;
    }

    public boolean contains(long second) {
        return second >= fromSecond && second < toSecond;
    }
}
