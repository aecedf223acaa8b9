package io.shoplab.discovery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.netflix.eureka.server.EnableEurekaServer;
import org.springframework.context.annotation.Bean;

/** The Eureka server the microservices register with and the gateway looks them up in. */
@SpringBootApplication
@EnableEurekaServer
public class DiscoveryApplication {

    public static void main(String[] args) {
        SpringApplication.run(DiscoveryApplication.class, args);
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
