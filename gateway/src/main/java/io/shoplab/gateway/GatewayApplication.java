package io.shoplab.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The one public entry of the microservices stack; its routes live in {@code application.yml}. */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }

    /**
     * {@code /actuator/env} shows values ({@code show-values: always}), but never one that looks like a secret:
     * passwords, keys, tokens, credentials, the command line. (The services have the same from the platform.)
     */
    @Bean
    SanitizingFunction likelySensitiveValues() {
        return SanitizingFunction.sanitizeValue().ifLikelySensitive();
    }
}
