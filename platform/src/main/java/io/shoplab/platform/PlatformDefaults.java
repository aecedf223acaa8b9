package io.shoplab.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Adds every {@code META-INF/shoplab/defaults/*.properties|yml} on the class path as property sources
 * of the lowest precedence: settings that belong with a library rather than with each app (the
 * platform's actuator and log settings, the services' discovery timers, the catalog's product-page
 * guards), which any app's own configuration still overrides. A {@code spring.config.import} would do
 * the opposite and win over the app.
 */
class PlatformDefaults implements EnvironmentPostProcessor {

    private static final String LOCATION = "classpath*:META-INF/shoplab/defaults/*";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver(application.getClassLoader()).getResources(LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                loaderFor(file.getFilename())
                        .load("shoplabDefaults:" + file.getFilename(), file)
                        .forEach(source -> environment.getPropertySources().addLast(source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }

    private static PropertySourceLoader loaderFor(String filename) {
        return filename.endsWith(".properties") ? new PropertiesPropertySourceLoader() : new YamlPropertySourceLoader();
    }
}
