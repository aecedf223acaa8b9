package io.shoplab.lab.report;

import java.util.Locale;

/** Numbers as the report prints them: few digits, a dot as decimal separator whatever the locale. */
public final class Numbers {

    private Numbers() {}

    /** 1234 → "1234", 12.34 → "12.3", 1.234 → "1.23", 2.0 → "2"; NaN and infinities as "–". */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 || value == Math.rint(value) ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** A nullable number, "–" when absent. */
    public static String format(Number value) {
        return value == null ? "–" : format(value.doubleValue());
    }
}
