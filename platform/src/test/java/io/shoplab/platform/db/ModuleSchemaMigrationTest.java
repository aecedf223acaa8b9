package io.shoplab.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shoplab.platform.test.ModuleDataTest;
import io.shoplab.platform.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each declared {@link ModuleSchema} is migrated into a schema of its own, from its own folder, with its
 * own history table: how the monolith (all schemas in one database) and a service (one) migrate alike.
 */
@ModuleDataTest
@Import(ModuleSchemaMigrationTest.TwoModules.class)
class ModuleSchemaMigrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class TwoModules {

        @Bean
        ModuleSchema platformcheck() {
            return new ModuleSchema("platformcheck");
        }

        @Bean
        ModuleSchema platformother() {
            return new ModuleSchema("platformother");
        }
    }

    @Autowired
    private JdbcClient jdbc;

    @Test
    void runsEachModulesMigrationsInItsOwnSchema() {
        assertThat(jdbc.sql("SELECT name FROM platformcheck.thing ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("first", "second");
        assertThat(jdbc.sql("SELECT count(*) FROM platformother.thing")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void keepsEachModulesHistoryInsideItsSchema() {
        assertThat(jdbc.sql(
                                "SELECT version FROM platformcheck.flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")
                        .query(String.class)
                        .list())
                .containsExactly("1", "2");
        assertThat(jdbc.sql(
                                "SELECT version FROM platformother.flyway_schema_history WHERE success AND version IS NOT NULL")
                        .query(String.class)
                        .list())
                .containsExactly("1");
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void runsOnTheEmbeddedPostgresqlOfLoopback() {
        assumeTrue(TestDatabase.current() == TestDatabase.EMBEDDED, "shoplab.test.database chose a container");
        assertThat(jdbc.sql("SELECT inet_server_addr()::text")
                        .query(String.class)
                        .single())
                .startsWith("127.0.0.1");
        assertThat(jdbc.sql("SHOW server_version").query(String.class).single()).startsWith("14.");
    }
}
