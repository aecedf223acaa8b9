package io.shoplab.services.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code shoplab-service-defaults.properties} (discovery and load-balancing timers every service
 * shares) with the lowest precedence, like the platform's defaults: a service's own configuration, its
 * {@code docker} profile and the environment all win over it.
 */
class ServiceDefaults implements EnvironmentPostProcessor {

    private static final String FILE = "shoplab-service-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader().load("shoplabServiceDefaults", new ClassPathResource(FILE))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
