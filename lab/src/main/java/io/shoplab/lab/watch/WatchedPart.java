package io.shoplab.lab.watch;

import java.time.Instant;
import java.util.OptionalLong;

import io.shoplab.lab.stack.StackPart;

/**
 * A component as the watch follows it, whatever runs it.
 *
 * @param stack {@code monolith}, {@code microservices} or {@code shared}
 * @param pid the process to measure (a container's JVM as this machine sees it); empty when unknown or gone
 * @param startedAt when this run of it started; a new value is a restart
 * @param app the Spring Boot app it runs; {@code null} for PostgreSQL
 */
record WatchedPart(
        String name,
        String stack,
        boolean alive,
        boolean paused,
        OptionalLong pid,
        Instant startedAt,
        StackPart.App app) {

    static final String SHARED = "shared";
}
