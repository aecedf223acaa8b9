package io.shoplab.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.shoplab.platform.db.EmbeddedPostgresAutoConfiguration;
import io.shoplab.platform.db.ModuleSchemasAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A module's persistence and facade test on a real PostgreSQL: the platform's embedded server (started
 * once per test JVM, since Spring caches the context) or, by {@link TestDatabase}'s switch, a database in
 * a Testcontainers PostgreSQL; migrated by each declared {@code ModuleSchema}.
 * Only JDBC infrastructure is configured; the test imports the module's own beans and fakes of its ports.
 *
 * <p>Like {@link JdbcTest}, each test runs in a transaction rolled back at its end. Tests that need
 * commits (concurrency, the module's own transactions) opt out with
 * {@code @Transactional(propagation = Propagation.NOT_SUPPORTED)} and use data of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@JdbcTest
// The embedded server is the real thing: never swap it for an in-memory database.
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration({
    EmbeddedPostgresAutoConfiguration.class,
    ModuleSchemasAutoConfiguration.class,
    FlywayAutoConfiguration.class
})
// shoplab.test.database=auto|container|embedded: where an engine answers, the same tests on a container.
@ContextCustomizerFactories(TestDatabaseCustomizerFactory.class)
public @interface ModuleDataTest {

    /** Extra properties, as {@code key=value}; a different set starts a separate context (and server). */
    @AliasFor(annotation = JdbcTest.class, attribute = "properties")
    String[] properties() default {};
}
