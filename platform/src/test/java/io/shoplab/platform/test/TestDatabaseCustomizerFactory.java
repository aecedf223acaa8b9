package io.shoplab.platform.test;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points a {@link ModuleDataTest} context at a database of its own in the shared container when
 * {@link TestDatabase#current()} says so. A set {@code spring.datasource.url} turns the embedded server off.
 */
final class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return TestDatabase.current() == TestDatabase.CONTAINER ? new ContainerDatabase() : null;
    }

    /** All equal, so it does not split Spring's context cache: the database is made when a context is. */
    private record ContainerDatabase() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            SharedPostgresContainer.Database database = SharedPostgresContainer.newDatabase();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "shoplab-test-database",
                            Map.of(
                                    "spring.datasource.url", database.url(),
                                    "spring.datasource.username", database.username(),
                                    "spring.datasource.password", database.password())));
        }
    }
}
