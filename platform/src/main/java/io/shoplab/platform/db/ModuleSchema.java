package io.shoplab.platform.db;

/**
 * A module's own database schema. Each module declares one as a bean; its Flyway migrations live in
 * {@code classpath:db/migration/<name>} and keep their history inside that schema, so the monolith
 * (all schemas in one database) and each service (one schema in its own database) migrate the same way.
 */
public record ModuleSchema(String name) {

    public String migrationsLocation() {
        return "classpath:db/migration/" + name;
    }
}
