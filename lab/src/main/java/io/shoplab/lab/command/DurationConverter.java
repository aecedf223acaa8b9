package io.shoplab.lab.command;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations as people type them: {@code 30s}, {@code 2m}, {@code 1m30s}, {@code 1h}; a bare number is seconds. */
public final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern BARE_SECONDS = Pattern.compile("\\d+");
    private static final Pattern PARTS = Pattern.compile("(\\d+)(h|m|s)");
    private static final Pattern WHOLE = Pattern.compile("((\\d+)(h|m|s))+");

    @Override
    public Duration convert(String text) {
        String trimmed = text.trim().toLowerCase();
        if (BARE_SECONDS.matcher(trimmed).matches()) {
            return Duration.ofSeconds(Long.parseLong(trimmed));
        }
        if (!WHOLE.matcher(trimmed).matches()) {
            throw new TypeConversionException("'" + text + "' is not a duration (examples: 30s, 2m, 1m30s, 45)");
        }
        Duration total = Duration.ZERO;
        Matcher part = PARTS.matcher(trimmed);
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(
                    switch (part.group(2)) {
                        case "h" -> Duration.ofHours(amount);
                        case "m" -> Duration.ofMinutes(amount);
                        default -> Duration.ofSeconds(amount);
                    });
        }
        return total;
    }

    /** The short form used in tables: {@code 45s}, {@code 3m05s}, {@code 2h07m}. */
    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format("%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
