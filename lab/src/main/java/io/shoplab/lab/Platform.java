package io.shoplab.lab;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where the lab runs the stacks: as local processes (the default), or as containers through Docker
 * Compose. Chosen with {@code up --platform}; remembered until {@code down}.
 */
public enum Platform {
    LOCAL("local", "local processes", "processes"),
    COMPOSE("compose", "containers (Docker Compose)", "containers");

    private final String option;
    private final String description;
    private final String parts;

    Platform(String option, String description, String parts) {
        this.option = option;
        this.description = description;
        this.parts = parts;
    }

    /** {@code local} or {@code compose}, as {@code --platform} takes it. */
    public static Platform of(String option) {
        return Arrays.stream(values())
                .filter(platform -> platform.option.equals(option.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new LabException("--platform takes local or compose, not '" + option + "'"));
    }

    public String option() {
        return option;
    }

    public String description() {
        return description;
    }

    /** What one running part is called on this platform: {@code processes} or {@code containers}. */
    public String parts() {
        return parts;
    }
}
