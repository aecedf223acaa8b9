package io.shoplab.lab.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * A part of a running stack as commands and experiments see it, whatever runs it: a process the lab
 * launched ({@link io.shoplab.lab.stack.RunningComponent}) or a container
 * ({@link io.shoplab.lab.containers.ContainerPart}). The accessors are named as the local records'
 * so that {@code part.component().app().baseUrl()} reads the same on both platforms.
 */
public interface StackPart {

    /** Unique within the lab: {@code postgres}, {@code monolith}, {@code catalog-service-2}. */
    String name();

    boolean isAlive();

    Definition component();

    /** What the part is. */
    interface Definition {

        String name();

        /** The Spring Boot app it runs; {@code null} for PostgreSQL. */
        App app();
    }

    /** A Spring Boot app of a stack, as the lab reaches it. */
    interface App {

        /** The instance's name ({@code catalog-service-2}). */
        String name();

        /** What it runs ({@code monolith}, {@code catalog-service}, {@code gateway}). */
        String service();

        /** 1 for the stack's own instance, 2.. for those {@code scale} added. */
        int instance();

        /** {@link Stacks#MONOLITH} or {@link Stacks#MICROSERVICES}. */
        String stack();

        /** The executable jar it runs (a container: the jar its image was built from). */
        Path jar();

        /** Where the lab reaches it, such as {@code http://127.0.0.1:8080}; its fault endpoint too. */
        String baseUrl();

        /** Where its actuator endpoints answer (health, metrics, faults): its management port, not {@link #baseUrl()}. */
        String managementUrl();

        /** Whether the {@code faults} profile is active. */
        boolean faults();

        /** The components its fault endpoint takes (empty for apps without one). */
        List<String> faultComponents();
    }
}
