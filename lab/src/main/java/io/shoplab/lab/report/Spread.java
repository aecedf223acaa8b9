package io.shoplab.lab.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One number of a repeated experiment over its runs.
 *
 * @param min the smallest value
 * @param median the middle value; with an even count, the mean of the two middle ones
 * @param max the largest value
 * @param count how many runs had the number (a run whose stack never recovered has no time to recover)
 */
public record Spread(double min, double median, double max, int count) {

    /** The spread of the values that are there: {@code null} and NaN stand for a run without the number. Empty if none is. */
    public static Optional<Spread> of(List<Double> values) {
        List<Double> sorted = values.stream()
                .filter(Objects::nonNull)
                .filter(value -> !value.isNaN())
                .sorted()
                .toList();
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Optional.of(new Spread(sorted.get(0), median, sorted.get(sorted.size() - 1), sorted.size()));
    }

    /** "12 / 14.5 / 19", as the report's other numbers are written. */
    public String describe() {
        return Numbers.format(min) + " / " + Numbers.format(median) + " / " + Numbers.format(max);
    }
}
