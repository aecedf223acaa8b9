package io.shoplab.platform.actuator;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * {@code /actuator/env} shows values (platform.properties sets {@code show-values=always}, so the lab can quote the
 * timers each running app is on), but never one that looks like a secret: passwords, keys, tokens, credentials,
 * the command line, URIs that may carry a password. Without this function every value would be shown as is.
 */
@AutoConfiguration
public class SensitiveValuesAutoConfiguration {

    @Bean
    SanitizingFunction likelySensitiveValues() {
        return SanitizingFunction.sanitizeValue().ifLikelySensitive();
    }
}
