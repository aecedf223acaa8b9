package io.shoplab.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code shoplab-defaults.properties} as the property source of lowest precedence: settings
 * every app shares (actuator exposure, probes, log pattern), which any app's own configuration
 * overrides. A {@code spring.config.import} would do the opposite and win over the app.
 */
class PlatformDefaults implements EnvironmentPostProcessor {

    private static final String FILE = "shoplab-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader().load("shoplabDefaults", new ClassPathResource(FILE))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
