package io.shoplab.platform.db;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Runs one Flyway migration per module schema, each with its own history table, in place of Boot's
 * single run. Boot still orders every database user after it.
 */
class ModuleMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

    private final List<ModuleSchema> schemas;

    ModuleMigrations(List<ModuleSchema> schemas) {
        this.schemas = schemas;
    }

    @Override
    public void migrate(Flyway configured) {
        for (ModuleSchema schema : schemas) {
            var result = Flyway.configure(configured.getConfiguration().getClassLoader())
                    .configuration(configured.getConfiguration())
                    .schemas(schema.name())
                    .defaultSchema(schema.name())
                    .createSchemas(true)
                    .locations(schema.migrationsLocation())
                    .load()
                    .migrate();
            log.info(
                    "Schema {} at version {} ({} migrations applied)",
                    schema.name(),
                    result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }
}
