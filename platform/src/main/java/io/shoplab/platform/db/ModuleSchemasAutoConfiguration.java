package io.shoplab.platform.db;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/** Migrates every module schema the application declares. */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
public class ModuleSchemasAutoConfiguration {

    @Bean
    FlywayMigrationStrategy moduleMigrations(List<ModuleSchema> schemas) {
        return new ModuleMigrations(schemas);
    }
}
