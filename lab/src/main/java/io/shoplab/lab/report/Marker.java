package io.shoplab.lab.report;

/**
 * Something the experiment did at a moment of the run, drawn on its timeline chart.
 *
 * @param kind a fault (the chart shades from it to the next heal) or a heal
 * @param second seconds since the run's start
 * @param label what was done, e.g. "kill reviews-service"
 */
public record Marker(Kind kind, long second, String label) {

    public enum Kind {
        FAULT,
        HEAL
    }

    public static Marker fault(long second, String label) {
        return new Marker(Kind.FAULT, second, label);
    }

    public static Marker heal(long second, String label) {
        return new Marker(Kind.HEAL, second, label);
    }
}
