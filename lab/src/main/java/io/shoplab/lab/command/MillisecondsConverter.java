package io.shoplab.lab.command;

import java.time.Duration;

import picocli.CommandLine.ITypeConverter;

/** Latencies as people type them: {@code 800ms}, or any form {@link DurationConverter} reads ({@code 2s}). */
public final class MillisecondsConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String text) {
        String trimmed = text.trim().toLowerCase();
        if (trimmed.matches("\\d+ms")) {
            return Duration.ofMillis(Long.parseLong(trimmed.substring(0, trimmed.length() - 2)));
        }
        return new DurationConverter().convert(trimmed);
    }
}
