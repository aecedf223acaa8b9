package io.shoplab.services.support;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.shoplab.platform.requestid.RequestIdPropagation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

/**
 * The beans every service uses to call another. After Boot's own {@code RestClient.Builder}, which
 * stays the plain one: the Eureka client fetches its registry with it and must not be load-balanced.
 */
@AutoConfiguration(after = RestClientAutoConfiguration.class)
@EnableConfigurationProperties(RemoteProperties.class)
public class ServiceSupportAutoConfiguration {

    /**
     * Resolves {@code http://<service-id>/…} through the discovery client and sends the request id
     * along. Not a default candidate, so only a {@code @LoadBalanced} injection point gets it.
     */
    @Bean(defaultCandidate = false)
    @LoadBalanced
    RestClient.Builder loadBalancedRestClientBuilder(ObjectProvider<ObservationRegistry> observations) {
        RestClient.Builder builder = RestClient.builder().requestInterceptor(new RequestIdPropagation());
        // http.client.requests timers per called service in /actuator/prometheus, for the experiments.
        observations.ifAvailable(builder::observationRegistry);
        return builder;
    }

    @Bean
    RemoteClients remoteClients(@LoadBalanced RestClient.Builder loadBalanced, RemoteProperties properties) {
        return new RemoteClients(loadBalanced, properties);
    }

    @Bean
    RemoteCalls remoteCalls(CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads, RetryRegistry retries) {
        return new RemoteCalls(circuitBreakers, bulkheads, retries);
    }
}
