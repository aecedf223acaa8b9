package io.shoplab.lab.stack;

/**
 * Choices the user makes when bringing a stack up.
 *
 * @param faults activate the {@code faults} profile, which exposes fault injection on each app's own port
 * @param postgresPort where PostgreSQL listens on 127.0.0.1
 */
public record StackOptions(boolean faults, int postgresPort) {

    public static final int DEFAULT_POSTGRES_PORT = 15432;

    public static StackOptions defaults() {
        return new StackOptions(false, DEFAULT_POSTGRES_PORT);
    }
}
